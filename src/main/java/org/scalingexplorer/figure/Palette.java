package org.scalingexplorer.figure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.render.ChartStyle;

/**
 * Every series colour comes from here, by role: an algorithm's (the dataset's colour, or the next free one of Okabe
 * and Ito's colour-blind-safe palette), an innovation's (scale-dependent ones vermillion and blue, the others never
 * those), a fixed compute's (a sequential scale), and the two tokens {@link #INK} and {@link #MUTED}, which the
 * theme resolves ({@link ChartStyle#series}) so that a total or a fit drawn in ink is black on white and white on
 * black. Colours stay put: a series keeps its colour when others are added after it, and no two share one until the
 * palette is used up.
 */
public final class Palette {
    /** The theme's foreground: totals, frontier lines, fits in the palette's last slot. */
    public static final String INK = ChartStyle.INK;
    /** The theme's muted text colour: context lines and markers. */
    public static final String MUTED = ChartStyle.MUTED;
    public static final List<String> OKABE_ITO = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#F0E442", INK);
    /**
     * The colours algorithms are given, in order: Okabe and Ito's, then six of Paul Tol's that no Okabe-Ito colour
     * resembles (wine, indigo, olive, teal, purple, brown), ink last; a new series takes the first nobody holds, so a
     * sixth or seventh what-if does not come out in a near twin of a dataset's blue.
     */
    public static final List<String> ALGORITHMS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
            "#882255", "#332288", "#999933", "#44AA99", "#AA4499", "#661100", INK);
    public static final List<String> DEPENDENT = List.of("#D55E00", "#0072B2");
    public static final List<String> INVARIANT = List.of("#56B4E9", "#009E73", "#F0E442", "#CC79A7", "#E69F00", "#999999", "#8E6BB0", "#44AA99");
    /** Sequential, colour-blind safe (viridis stops, the lightest dropped so every line reads on white). */
    static final String[] SEQUENTIAL = {"#440154", "#414487", "#2A788E", "#22A884", "#7AD151"};

    private Palette() {
    }

    /**
     * Each algorithm's colour, in dataset order: the dataset's own where it names one (unless {@code colorBlindSafe}),
     * else the first palette colour no earlier algorithm holds; once all are held, the palette repeats.
     */
    public static List<String> algorithmColors(Dataset d, boolean colorBlindSafe) {
        List<String> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        if (!colorBlindSafe) {
            for (Algorithm a : d.algorithms()) if (!a.color().isEmpty()) taken.add(a.color().toUpperCase(Locale.ROOT));
        }
        int next = 0;
        for (Algorithm a : d.algorithms()) {
            if (!colorBlindSafe && !a.color().isEmpty()) {
                out.add(a.color());
                continue;
            }
            List<String> palette = colorBlindSafe ? OKABE_ITO : ALGORITHMS;
            String pick = null;
            for (String c : palette) {
                if (!taken.contains(c.toUpperCase(Locale.ROOT))) {
                    pick = c;
                    break;
                }
            }
            if (pick == null) pick = palette.get(next++ % palette.size());
            taken.add(pick.toUpperCase(Locale.ROOT));
            out.add(pick);
        }
        return out;
    }

    /** The colour of {@code a} in {@code d} (see {@link #algorithmColors}). */
    public static String colorOf(Dataset d, Algorithm a, boolean colorBlindSafe) {
        Colors c = last;
        if (c == null || c.dataset != d || c.colorBlindSafe != colorBlindSafe) {
            c = new Colors(d, colorBlindSafe);
            last = c;
        }
        Integer at = c.positions.get(a);
        int i = at != null ? at : d.algorithms().indexOf(a);
        return i < 0 ? OKABE_ITO.get(0) : c.colors.get(i);
    }

    /**
     * The last dataset's colours, and where each of its algorithms stands: a chart asks the colour of every algorithm
     * it draws at every slider step, and working the palette out again for each (and finding the algorithm by
     * comparing values) made a step with 50 algorithms spend half its time here.
     */
    private static volatile Colors last;

    private static final class Colors {
        final Dataset dataset;
        final boolean colorBlindSafe;
        final List<String> colors;
        final Map<Algorithm, Integer> positions = new IdentityHashMap<>();

        Colors(Dataset dataset, boolean colorBlindSafe) {
            this.dataset = dataset;
            this.colorBlindSafe = colorBlindSafe;
            this.colors = algorithmColors(dataset, colorBlindSafe);
            List<Algorithm> all = dataset.algorithms();
            for (int i = 0; i < all.size(); i++) positions.putIfAbsent(all.get(i), i);
        }
    }

    /** The first palette colour no algorithm of {@code d} holds: a new what-if's. */
    public static String nextFree(Dataset d) {
        List<String> held = algorithmColors(d, false).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        return ALGORITHMS.stream().filter(c -> !held.contains(c.toUpperCase(Locale.ROOT))).findFirst()
                .orElse(ALGORITHMS.get(d.algorithms().size() % ALGORITHMS.size()));
    }

    /** Scale-dependent innovations take vermillion and blue (and are hatched); the others never reuse those. */
    public static String colorOf(Dataset d, Innovation i) {
        List<Innovation> same = d.innovations().stream().filter(x -> x.scaleDependent() == i.scaleDependent()).toList();
        List<String> palette = i.scaleDependent() ? DEPENDENT : INVARIANT;
        return palette.get(Math.max(0, same.indexOf(i)) % palette.size());
    }

    /** Colour {@code i} of {@code n} along the sequential palette, small computes dark. */
    public static String sequential(int i, int n) {
        if (n <= 1) return SEQUENTIAL[0];
        double t = (double) i / (n - 1) * (SEQUENTIAL.length - 1);
        int k = (int) Math.min(SEQUENTIAL.length - 2, Math.floor(t));
        double f = t - k;
        int a = Integer.parseInt(SEQUENTIAL[k].substring(1), 16);
        int b = Integer.parseInt(SEQUENTIAL[k + 1].substring(1), 16);
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int ca = (a >> shift) & 0xFF;
            int cb = (b >> shift) & 0xFF;
            rgb |= ((int) Math.round(ca + f * (cb - ca))) << shift;
        }
        return String.format(Locale.ROOT, "#%06X", rgb);
    }
}
