package org.scalingexplorer.figure;

import java.util.Locale;

import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.Painter;

/**
 * A playback's sweep: a compute (log10 FLOP) or a year moved from one value to another over some seconds, as frames.
 * Present mode plays it; the window's playback export and the command line's {@code export --sweep} draw its frames.
 */
public record Sweep(Target target, double from, double to, double seconds) {
    public enum Target { COMPUTE, YEAR }

    /** The last frame of an animation holds this long before it loops. */
    public static final double HOLD_LAST = 1.5;

    /**
     * The swept value of each frame at {@code fps} frames a second, evenly spaced from {@code from} (the first) to
     * {@code to} (the last, exactly): the live playback eases in and out, which in frames would repeat its ends.
     */
    public double[] frameValues(double fps) {
        int n = (int) Math.ceil(seconds * fps);
        double[] v = new double[n + 1];
        for (int k = 0; k < n; k++) v[k] = from + (to - from) * k / n;
        v[n] = to;
        return v;
    }

    /**
     * A range typed as two values: two computes ({@code 1e18 1e24}, {@code 3x10^20 to 250 PF-days}), in log10 FLOP, or
     * two years in the attribution's years ({@code 2015 2025}); "to", a comma or an arrow between them, or spaces where
     * there is none. Throws, saying what was expected, for anything else.
     */
    public static double[] range(Target target, String text) {
        String t = text.trim();
        String[] parts = t.split("\\s+to\\s+|\\s*,\\s*|\\s*->\\s*");
        if (parts.length == 1) parts = t.split("\\s+");
        if (parts.length != 2) throw new IllegalArgumentException("expected two values, e.g. " + (target == Target.COMPUTE ? "1e18 1e24" : "2015 2025"));
        double a;
        double b;
        if (target == Target.COMPUTE) {
            a = Math.log10(ComputeText.parse(parts[0]));
            b = Math.log10(ComputeText.parse(parts[1]));
        } else {
            a = Double.parseDouble(parts[0]);
            b = Double.parseDouble(parts[1]);
            if (!(a >= AttributionFigure.FROM && a <= AttributionFigure.TO && b >= AttributionFigure.FROM && b <= AttributionFigure.TO)) {
                throw new IllegalArgumentException("years must lie in 2012-2025, got " + t);
            }
        }
        if (a == b) throw new IllegalArgumentException("the sweep starts and ends at the same value");
        return new double[] {a, b};
    }

    /** Cubic ease-in-out, for the live playback: starts and ends gently, half-way at half time. */
    public static double ease(double t) {
        double x = Math.max(0, Math.min(1, t));
        return x < 0.5 ? 4 * x * x * x : 1 - Math.pow(-2 * x + 2, 3) / 2;
    }

    /** A swept value for a frame's corner: a compute in FLOP, or a year. */
    public String label(double value) {
        return target == Target.COMPUTE ? Numbers.format(Math.pow(10, value)) + " FLOP"
                : Math.abs(value - Math.rint(value)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * The figure with the swept value put in. In frontier mode (with a trend) the year and the compute move together
     * along the trend, as the window links them; the year stays within the attribution's years.
     */
    public FigureState at(FigureState s, double value) {
        if (target == Target.YEAR) {
            FigureState y = s.withYear(value);
            return s.frontier() ? y.withCompute(s.dataset().requireTrend().compute(value)) : y;
        }
        double c = Math.pow(10, value);
        FigureState withC = s.withCompute(c);
        if (!s.frontier()) return withC;
        double y = s.dataset().requireTrend().year(c);
        return Double.isFinite(y) ? withC.withYear(Math.max(AttributionFigure.FROM, Math.min(AttributionFigure.TO, y))) : withC;
    }

    /** {@code frame} with {@code label} in a box at its top right. */
    public static ChartExport.Drawing labelled(ChartExport.Drawing frame, String label, ChartStyle s) {
        return (g, w, h) -> {
            frame.draw(g, w, h);
            double size = s.font() * 1.6;
            g.font(size, true);
            double tw = g.textWidth(label);
            double pad = size * 0.4;
            double x = w - tw - 2 * pad - 12 * s.scale();
            double y = 8 * s.scale();
            g.fill(s.labelBackground());
            g.fillRect(x, y, tw + 2 * pad, size + 2 * pad);
            g.fill(s.foreground());
            g.text(label, x + pad, y + pad, Painter.HAlign.LEFT, Painter.VAlign.TOP);
        };
    }
}
