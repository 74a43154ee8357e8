package org.scalingexplorer.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Allocation;
import org.scalingexplorer.model.AllocationView;
import org.scalingexplorer.model.CegCurves;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.ParametricLaw;
import org.scalingexplorer.model.Sensitivity;
import org.scalingexplorer.render.Caption;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.LogChartRenderer;
import org.scalingexplorer.render.TornadoRenderer;
import org.scalingexplorer.render.YearChartRenderer;
import org.scalingexplorer.render.YearData;

/**
 * Every chart as a drawing, from a {@link FigureState} and a theme: the window's exports and the command line's
 * {@code export} both draw through here, with the same figure functions the window's charts show, so a figure
 * shows what the window shows. Toolkit-free.
 */
public final class Figures {
    public enum Kind {
        LOGLOG("loglog", "Loss vs compute"),
        CEG("ceg", "CEG across compute"),
        ATTRIBUTION("attribution", "Attribution by innovation"),
        FRAMES("frames", "Frontier in reference frames"),
        SCALE("scale", "Gains by compute scale"),
        SENSITIVITY("sensitivity", "Sensitivity of the frontier total"),
        ALLOCATION("allocation", "Allocation of compute between parameters and data");

        private final String id;
        private final String title;

        Kind(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public String id() {
            return id;
        }

        @Override
        public String toString() {
            return title;
        }

        public static Kind parse(String text) {
            for (Kind k : values()) if (k.id.equals(text.trim().toLowerCase(Locale.ROOT))) return k;
            throw new IllegalArgumentException("unknown chart '" + text + "'; expected loglog, ceg, attribution, frames, scale, sensitivity or allocation");
        }
    }

    /**
     * What the window shows beyond the view models: series hidden in each log chart's legend and their zoomed
     * ranges (null for the full range).
     */
    public record View(Set<String> hiddenLoss, double[] lossRanges, Set<String> hiddenCeg, double[] cegRanges) {
        public static View full() {
            return new View(Set.of(), null, Set.of(), null);
        }
    }

    private Figures() {
    }

    /**
     * The chart of {@code s}, drawn in {@code style}. The figure is computed when first drawn, so an export computes
     * it on its own thread (the attribution's bootstrap interval takes a whole attribution per draw), not the caller's.
     */
    public static ChartExport.Drawing drawing(Kind kind, FigureState s, View view, ChartStyle style) {
        return drawing(kind, s, view, style, true);
    }

    /**
     * The same; with {@code source}, a last caption line names the data's source (as Our World in Data's charts
     * carry theirs), on by default in exports.
     */
    public static ChartExport.Drawing drawing(Kind kind, FigureState s, View view, ChartStyle style, boolean source) {
        ChartExport.Drawing[] built = new ChartExport.Drawing[1];
        return (g, w, h) -> {
            synchronized (built) {
                // with a caption saying where its numbers come from: laws and innovations from training runs, the source
                if (built[0] == null) {
                    List<String> caption = new ArrayList<>(Captions.of(kind, s, view));
                    if (source) Captions.source(s.dataset()).ifPresent(caption::add);
                    built[0] = Caption.below(build(kind, s, view, style), caption, style);
                }
            }
            built[0].draw(g, w, h);
        };
    }

    private static ChartExport.Drawing build(Kind kind, FigureState s, View view, ChartStyle style) {
        double year = s.year();
        return switch (kind) {
            case LOGLOG -> log(ExplorerFigure.loss(s), ExplorerFigure.cursor(s).loss(), view.hiddenLoss(), view.lossRanges(), style);
            case CEG -> log(ExplorerFigure.ceg(s, ExplorerFigure.loss(s)), ExplorerFigure.cursor(s).ceg(), view.hiddenCeg(), view.cegRanges(), style);
            case ATTRIBUTION -> {
                YearData.Plot p = AttributionFigure.plot(s);
                // with the total's bootstrap interval when fitted laws enter it, as the window shows once it arrives
                YearData.Plot withRange = AttributionFigure.range(s).map(p::withRange).orElse(p);
                yield years(withRange, year, style);
            }
            case FRAMES -> {
                YearData.Plot p = FramesFigure.frames(s).plot();
                if (p == null) throw new IllegalArgumentException("the dataset has no compute trend: the frames chart is undefined");
                yield years(p, year, style);
            }
            case SENSITIVITY -> {
                // each input moved 10% each way, at the year cursor's exact year, with the innovations switched off in the window left out
                Sensitivity.Result r = Sensitivity.of(s.dataset(), s.excluded(), year, 0.1);
                yield (g, w, h) -> TornadoRenderer.draw(g, r, w, h, style);
            }
            case ALLOCATION -> allocation(s, style);
            case SCALE -> (g, w, h) -> {
                // the two charts of the tab, one above the other
                g.save();
                years(ScaleFigure.overYears(s), year, style).draw(g, w, h / 2);
                g.restore();
                g.save();
                g.translate(0, h / 2);
                log(ScaleFigure.lastYear(s), ScaleFigure.lastYearOverlay(s), Set.of(), null, style).draw(g, w, h - h / 2);
                g.restore();
            };
        };
    }

    /** N(C) and D(C) under each allocation, beside the iso-FLOP curve at the compute cursor: the window's and the exports'. */
    public static ChartExport.Drawing allocation(FigureState s, ChartStyle style) {
        ChartData.Plot[] plots = allocationPlots(s.dataset(), s.compute());
        ChartData.Overlay marks = allocationOverlay(s.dataset(), s.compute());
        double c = s.compute();
        ChartExport.Drawing panels = (g, w, h) -> {
            g.save();
            LogChartRenderer.drawFull(g, plots[0], new ChartData.Overlay(c, List.of(), List.of(), List.of()), Set.of(), null, w / 2, h, style);
            g.restore();
            g.save();
            g.translate(w / 2, 0);
            LogChartRenderer.drawFull(g, plots[1], marks, Set.of(), null, w - w / 2, h, style);
            g.restore();
        };
        return Caption.below(panels, allocationNotes(s.dataset(), c), style);
    }

    /**
     * Why a compute-optimal split is not the familiar 20 tokens per parameter: the optimum of a fitted L(N, D) moves
     * with compute (Hoffmann et al.'s Approach 3 law gives 62.6 at 10^22 FLOP), and ~20 is their other approaches' rule.
     */
    static List<String> allocationNotes(Dataset d, double compute) {
        List<String> out = new ArrayList<>();
        for (Algorithm a : d.algorithms()) {
            if (!(a.law() instanceof ParametricLaw p) || !(p.allocation() instanceof Allocation.ComputeOptimal)) continue;
            out.add(String.format(Locale.ROOT, "%s: %.1f tokens per parameter at %s FLOP is where this L(N, D) is lowest for that compute, and "
                    + "it moves with compute (%.1f at 10¹⁸, %.1f at 10²⁴ FLOP); the familiar ~20 is Hoffmann et al.'s rule from their other two "
                    + "approaches (a 70B model on 1.4T tokens), not this fitted law's optimum.", a.name(), ratio(p, compute), Numbers.format(compute),
                    ratio(p, 1e18), ratio(p, 1e24)));
        }
        return out;
    }

    private static double ratio(ParametricLaw p, double compute) {
        return p.tokens(compute) / p.parameters(compute);
    }

    /** Parameters and tokens against compute for each L(N, D) law; the iso-FLOP loss against N at {@code compute}. */
    static ChartData.Plot[] allocationPlots(Dataset d, double compute) {
        double[] grid = CegCurves.logGrid(1e18, 1e26, 81);
        List<ChartData.Series> sizes = new ArrayList<>();
        List<ChartData.Series> iso = new ArrayList<>();
        double nLo = Double.MAX_VALUE;
        double nHi = 0;
        double lLo = Double.MAX_VALUE;
        double lHi = 0;
        for (Algorithm a : d.algorithms()) {
            if (!(a.law() instanceof ParametricLaw p)) continue;
            double[] n = new double[grid.length];
            double[] tokens = new double[grid.length];
            for (int k = 0; k < grid.length; k++) {
                n[k] = p.parameters(grid[k]);
                tokens[k] = p.tokens(grid[k]);
                nLo = Math.min(nLo, Math.min(n[k], tokens[k]));
                nHi = Math.max(nHi, Math.max(n[k], tokens[k]));
            }
            String colour = a.color().isEmpty() ? Palette.INK : a.color();
            sizes.add(new ChartData.Series(a.id() + "-n", a.name() + ": parameters N", colour, List.of(new ChartData.Line(a.id(), grid, n, false)),
                    new double[0], new double[0], ""));
            sizes.add(new ChartData.Series(a.id() + "-d", a.name() + ": tokens D (dashed)", colour, List.of(new ChartData.Line(a.id(), grid, tokens, true)),
                    new double[0], new double[0], ""));
            if (iso.isEmpty()) {
                var optimal = p.withAllocation(new Allocation.ComputeOptimal());
                double opt = optimal.parameters(compute);
                var points = AllocationView.isoFlop(optimal, compute, opt / 300, opt * 300, 121);
                double[] xs = points.stream().mapToDouble(AllocationView.Point::parameters).toArray();
                double[] ys = points.stream().mapToDouble(AllocationView.Point::loss).toArray();
                for (double y : ys) {
                    lLo = Math.min(lLo, y);
                    lHi = Math.max(lHi, y);
                }
                iso.add(new ChartData.Series("iso", "Loss at " + Numbers.format(compute) + " FLOP by model size",
                        Palette.MUTED, List.of(new ChartData.Line("iso", xs, ys, false)), new double[0], new double[0], ""));
            }
        }
        if (sizes.isEmpty()) {
            ChartData.Plot empty = new ChartData.Plot("No L(N, D) law in this dataset", "Training compute (FLOP)", "", List.of(), 1e18, 1e26, 1, 10,
                    List.of(), Double.NaN);
            return new ChartData.Plot[] {empty, empty};
        }
        double nOpt = iso.get(0).lines().get(0).xs()[60];
        return new ChartData.Plot[] {
            new ChartData.Plot("Parameters and tokens under each allocation", "Training compute (FLOP)", "Parameters N, tokens D", sizes,
                    1e18, 1e26, nLo / 2, nHi * 2, List.of(), Double.NaN),
            new ChartData.Plot("Iso-FLOP at " + Numbers.format(compute) + " FLOP: each allocation's model size",
                    "Parameters N", "Loss (nats)", iso, nOpt / 300, nOpt * 300, lLo * 0.98, Math.min(lHi, lLo * 2), List.of(), Double.NaN)};
    }

    /** Where each allocation puts its model on the iso-FLOP curve. */
    static ChartData.Overlay allocationOverlay(Dataset d, double compute) {
        List<ChartData.Marker> markers = new ArrayList<>();
        List<ChartData.Label> labels = new ArrayList<>();
        for (var r : AllocationView.at(d, compute)) {
            String colour = d.algorithm(r.algorithm()).color().isEmpty() ? Palette.INK : d.algorithm(r.algorithm()).color();
            markers.add(new ChartData.Marker(r.parameters(), r.loss(), colour, ""));
            labels.add(new ChartData.Label(r.parameters(), r.loss(), colour, String.format(Locale.ROOT, "%s: %.1f tokens/parameter",
                    r.name(), r.tokensPerParameter())));
        }
        return new ChartData.Overlay(Double.NaN, List.of(), markers, labels);
    }

    private static ChartExport.Drawing log(ChartData.Plot p, ChartData.Overlay o, Set<String> hidden, double[] ranges, ChartStyle style) {
        return (g, w, h) -> LogChartRenderer.drawFull(g, p, o, hidden, ranges, w, h, style);
    }

    private static ChartExport.Drawing years(YearData.Plot p, double cursor, ChartStyle style) {
        return (g, w, h) -> YearChartRenderer.drawFull(g, p, cursor, w, h, style);
    }
}
