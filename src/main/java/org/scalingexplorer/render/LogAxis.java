package org.scalingexplorer.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scalingexplorer.model.Numbers;

/**
 * A base-10 logarithmic axis mapping data values to screen pixels. Pure arithmetic: no JavaFX, so it is tested on
 * its own. Non-positive values map to NaN (never thrown), and a range that is not positive is refused with a
 * message (ChartFX's LogarithmicAxisTransform follows the same rules).
 *
 * @param lo         the smallest value shown (> 0)
 * @param hi         the largest value shown (> lo)
 * @param screenFrom pixel of {@code lo}
 * @param screenTo   pixel of {@code hi} (smaller than screenFrom for a vertical axis)
 */
public record LogAxis(double lo, double hi, double screenFrom, double screenTo) {

    public record Tick(double value, boolean major, String label) {
    }

    public LogAxis {
        if (!(lo > 0) || !(hi > lo) || Double.isInfinite(hi)) {
            throw new IllegalArgumentException("a log axis needs 0 < lo < hi, got [" + lo + ", " + hi + "]");
        }
    }

    /**
     * An axis for a chart's computed range, repaired where the data leave nothing to show: a bound that is not a
     * positive finite number takes the other's decade (or 1 to 10), an empty range is widened a decade each way. A
     * chart of extreme but valid values is drawn (empty, or flat) rather than refused.
     */
    public static LogAxis of(double lo, double hi, double screenFrom, double screenTo) {
        boolean okLo = lo > 0 && lo < Double.POSITIVE_INFINITY && lo >= Double.MIN_NORMAL;
        boolean okHi = hi > 0 && hi < Double.MAX_VALUE;
        double l = okLo ? lo : okHi ? hi / 10 : 1;
        double h = okHi ? hi : okLo ? l * 10 : 10;
        if (!(h > l)) {
            l = Math.max(Double.MIN_NORMAL * 10, Math.min(l, h) / 10);
            h = Math.min(Double.MAX_VALUE / 10, Math.max(l, h) * 10);
        }
        if (!(l > 0 && h > l && Double.isFinite(h))) {
            l = 1;
            h = 10;
        }
        return new LogAxis(l, h, screenFrom, screenTo);
    }

    /** The screen position of {@code value}; NaN for values <= 0 or NaN. */
    public double toScreen(double value) {
        if (!(value > 0)) return Double.NaN;
        double t = (Math.log10(value) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
        return screenFrom + t * (screenTo - screenFrom);
    }

    /**
     * The screen position of {@code 10^log10Value}, for data held as logarithms (the attribution's stacked bands):
     * {@code toScreen(Math.pow(10, v))} without the power and the logarithm that undoes it.
     */
    public double toScreenOfLog10(double log10Value) {
        double l0 = Math.log10(lo);
        return screenFrom + (log10Value - l0) / (Math.log10(hi) - l0) * (screenTo - screenFrom);
    }

    public double toValue(double screen) {
        double t = (screen - screenFrom) / (screenTo - screenFrom);
        return Math.pow(10, Math.log10(lo) + t * (Math.log10(hi) - Math.log10(lo)));
    }

    public double decades() {
        return Math.log10(hi / lo);
    }

    /**
     * Zooms by {@code factor} (< 1 zooms in) around the screen position {@code anchor}: the value under the anchor
     * stays under it. Computed on screen positions, so it can never produce a non-positive value.
     */
    public LogAxis zoom(double anchor, double factor) {
        double a = Math.log10(toValue(anchor));
        double l = a + (Math.log10(lo) - a) * factor;
        double h = a + (Math.log10(hi) - a) * factor;
        return inRange(l, h) ? new LogAxis(Math.pow(10, l), Math.pow(10, h), screenFrom, screenTo) : this;
    }

    /** Moves the range by {@code pixels} on screen; a move past what doubles can hold is refused. */
    public LogAxis pan(double pixels) {
        double shift = -pixels / (screenTo - screenFrom) * decades();
        double l = Math.log10(lo) + shift;
        double h = Math.log10(hi) + shift;
        return inRange(l, h) ? new LogAxis(Math.pow(10, l), Math.pow(10, h), screenFrom, screenTo) : this;
    }

    /** Log10 bounds a chart may show: well inside the doubles, and at least 1e-6 decades wide. */
    private static boolean inRange(double log10Lo, double log10Hi) {
        return log10Lo > -300 && log10Hi < 300 && log10Hi - log10Lo > 1e-6;
    }

    /** The range between two screen positions, in either order. */
    public LogAxis between(double screenA, double screenB) {
        double a = toValue(screenA);
        double b = toValue(screenB);
        return new LogAxis(Math.min(a, b), Math.max(a, b), screenFrom, screenTo);
    }

    public LogAxis withScreen(double from, double to) {
        return new LogAxis(lo, hi, from, to);
    }

    /**
     * Decade ticks (major, labelled) and minor ticks at 2..9 times each decade. Long ranges label every k-th decade
     * so that at most {@code maxLabels} labels appear; ranges under two decades also label the minor ticks 2 and 5
     * (or all of them under one decade), so a short axis such as loss 2..8 still reads. One number form per axis:
     * when any labelled decade needs a power (10⁶), every decade is written as one (10⁴, 10⁵, 10⁶, not 10,000).
     */
    public List<Tick> ticks(int maxLabels) {
        int first = (int) Math.floor(Math.log10(lo));
        int last = (int) Math.ceil(Math.log10(hi));
        // every k-th decade; where that leaves fewer than two inside the range (2 to 30,000 labelled at 1,000 alone), decades
        // more often, down to every one; only a range with fewer than two decades (and minors) in it gets round steps
        // under a decade, two labels (0.9 and 1 of 0.87 to 1.15) leave half the axis unread: three at least, else round steps
        int need = decades() < 1 ? 3 : 2;
        for (int every = Math.max(1, (int) Math.ceil((last - first + 1) / (double) Math.max(1, maxLabels))); every >= 1; every--) {
            List<Tick> out = ticks(first, last, every);
            if (out.stream().filter(t -> !t.label().isEmpty()).count() >= need) return out;
            if (every == 1) return withSteps(out);
        }
        throw new AssertionError();
    }

    private List<Tick> ticks(int first, int last, int every) {
        List<Tick> out = new ArrayList<>();
        boolean powers = false;
        for (int d = first; d <= last; d++) {
            double decade = Math.pow(10, d);
            boolean shown = decade >= lo * (1 - 1e-12) && decade <= hi * (1 + 1e-12) && Math.floorMod(d, every) == 0;
            if (shown && !Numbers.plainDecade(d)) powers = true;
        }
        double span = decades();
        boolean minorsLabelled = span < 2;
        boolean allMinors = span < 1;
        boolean showMinors = span < 24;
        for (int d = first; d <= last; d++) {
            double decade = Math.pow(10, d);
            if (decade >= lo * (1 - 1e-12) && decade <= hi * (1 + 1e-12)) {
                boolean labelled = Math.floorMod(d, every) == 0;
                out.add(new Tick(decade, true, !labelled ? "" : powers ? "10" + Numbers.superscript(d) : Numbers.decade(d)));
            }
            if (!showMinors) continue;
            for (int m = 2; m <= 9; m++) {
                double v = m * decade;
                if (v < lo || v > hi) continue;
                boolean label = minorsLabelled && (allMinors || m == 2 || m == 5);
                out.add(new Tick(v, false, label ? Numbers.format(v, 1) : ""));
            }
        }
        return out;
    }

    /**
     * A range too narrow for two labelled ticks of 1-9 times a decade (a loss from 2.06 to 2.5): the grid kept, its
     * labels replaced by round steps of 1, 2 or 5 times a power of ten, three to six of them (2.1, 2.2, 2.3, 2.4, 2.5).
     */
    private List<Tick> withSteps(List<Tick> grid) {
        List<Tick> out = new ArrayList<>();
        for (Tick t : grid) out.add(new Tick(t.value(), t.major(), ""));
        double raw = (hi - lo) / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3.5 ? 2 : 5);
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
        for (double v = Math.ceil(lo / step - 1e-9) * step; v <= hi * (1 + 1e-12); v += step) {
            double rounded = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
            out.add(new Tick(rounded, false, String.format(Locale.ROOT, "%." + decimals + "f", rounded)));
        }
        return out;
    }
}
