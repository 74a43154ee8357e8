package org.scalingexplorer.render;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.Sensitivity;

/**
 * The sensitivity as a tornado chart: one bar per input, from the total with the input moved down to the total with
 * it moved up, on a log axis around the central total (a vertical line), largest effect on top. Down is drawn in
 * one colour, up in another, so the direction of each input's effect reads at a glance.
 */
public final class TornadoRenderer {
    static final Rgba DOWN = Rgba.web("#0072B2");
    static final Rgba UP = Rgba.web("#D55E00");
    /** Rows drawn at most; the rest have next to no effect (they are sorted). */
    static final int MAX_ROWS = 12;

    private TornadoRenderer() {
    }

    public static void draw(Painter g, Sensitivity.Result r, double w, double h, ChartStyle s) {
        g.fill(s.background());
        g.fillRect(0, 0, w, h);
        double font = s.font();
        g.fill(s.foreground());
        // the parenthesis last, so a narrow chart drops only it (TickLabels.fitTitle), never the orange
        String title = String.format(Locale.ROOT, "Frontier total in %s with each input moved each way: blue × %s, orange × %s (a multiplier ^%s, ^%s)",
                yearText(r.year()), Numbers.format(1 - r.delta(), 3), Numbers.format(1 + r.delta(), 3), Numbers.format(1 - r.delta(), 3),
                Numbers.format(1 + r.delta(), 3));
        ChartStyle titleStyle = s.withScale(s.scale() * 1.15);
        g.font(titleStyle.font(), true);
        if (g.textWidth(title) * 0.75 > w - 16) {
            // a narrow chart: the short form
            title = String.format(Locale.ROOT, "Total in %s: blue × %s, orange × %s", yearText(r.year()), Numbers.format(1 - r.delta(), 3),
                    Numbers.format(1 + r.delta(), 3));
        }
        g.text(TickLabels.fitTitle(g, title, w - 16, titleStyle), 8, 6, Painter.HAlign.LEFT, Painter.VAlign.TOP);
        if (r.central().total().isEmpty()) return;
        double central = r.central().total().getAsDouble();
        List<Sensitivity.Row> rows = r.rows().subList(0, Math.min(MAX_ROWS, r.rows().size()));
        g.font(font, false);
        double labelW = 0;
        for (Sensitivity.Row row : rows) labelW = Math.max(labelW, g.textWidth(row.input()));
        double left = Math.min(labelW + 16, w * 0.45);
        double right = w - 16;
        double top = 12 + font * 2.4;
        double bottom = h - font * 2.6;
        double lo = central;
        double hi = central;
        for (Sensitivity.Row row : rows) {
            for (var o : List.of(row.low(), row.high())) {
                if (o.total().isPresent()) {
                    lo = Math.min(lo, o.total().getAsDouble());
                    hi = Math.max(hi, o.total().getAsDouble());
                }
            }
        }
        // symmetric in log around the central total, so no input looks larger for sitting on one side
        double span = Math.max(Math.log10(hi / central), Math.log10(central / lo)) * 1.08 + 1e-9;
        double l0 = Math.log10(central) - span;
        double l1 = Math.log10(central) + span;
        DoubleUnaryOperator x = v -> left + (Math.log10(v) - l0) / (l1 - l0) * (right - left);
        double rowH = (bottom - top) / Math.max(1, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Sensitivity.Row row = rows.get(i);
            double y = top + i * rowH;
            g.fill(s.foreground());
            String label = fit(g, row.input(), left - 12);
            g.text(label, left - 8, y + rowH / 2, Painter.HAlign.RIGHT, Painter.VAlign.CENTER);
            bar(g, row.low(), DOWN, central, x, y + rowH * 0.18, rowH * 0.64);
            bar(g, row.high(), UP, central, x, y + rowH * 0.18, rowH * 0.64);
            if (row.noEffect().isPresent()) {
                // no bar to see: say why, beside the central line
                g.fill(s.muted());
                g.text(fit(g, row.noEffect().get(), right - x.applyAsDouble(central) - 8), x.applyAsDouble(central) + 6, y + rowH / 2, Painter.HAlign.LEFT,
                        Painter.VAlign.CENTER);
            }
        }
        // the central total and the axis
        g.stroke(s.foreground());
        g.lineWidth(1.2 * s.scale());
        double xc = x.applyAsDouble(central);
        g.line(xc, top - 4, xc, bottom);
        g.line(left, bottom, right, bottom);
        g.fill(s.foreground());
        // decades in one number form (10, 100, 1,000 or 10⁴, 10⁵, 10⁶), as many as fit, the end ones kept inside
        LogAxis axis = LogAxis.of(Math.pow(10, l0), Math.pow(10, l1), left, right);
        int fits = Math.max(2, (int) ((right - left) / (g.textWidth("10⁻¹⁰×") * 1.8)));
        for (LogAxis.Tick t : axis.ticks(fits)) {
            if (!t.major() && t.label().isEmpty()) continue;
            double tx = axis.toScreen(t.value());
            g.line(tx, bottom, tx, bottom + (t.major() ? 4 : 2));
            if (t.label().isEmpty()) continue;
            String label = t.label() + "×";
            double half = g.textWidth(label) / 2;
            if (tx + half > w - 2) g.text(label, w - 2, bottom + 6, Painter.HAlign.RIGHT, Painter.VAlign.TOP);
            else if (tx - half < 2) g.text(label, 2, bottom + 6, Painter.HAlign.LEFT, Painter.VAlign.TOP);
            else g.text(label, tx, bottom + 6, Painter.HAlign.CENTER, Painter.VAlign.TOP);
        }
        // right of the central line, or left of it where it would run off the chart
        String centralText = "central " + Numbers.times(central);
        boolean fitsRight = xc + 4 + g.textWidth(centralText) <= w - 2;
        g.text(centralText, fitsRight ? xc + 4 : xc - 4, top - 4, fitsRight ? Painter.HAlign.LEFT : Painter.HAlign.RIGHT, Painter.VAlign.BOTTOM);
    }

    /** A year as the cursor has it: 2025 or 2022.8. */
    static String yearText(double year) {
        return year == Math.rint(year) ? String.format(Locale.ROOT, "%.0f", year) : String.format(Locale.ROOT, "%.1f", year);
    }

    /**
     * The paper's sensitivity figure: the scale-dependent share (0-100%) against the exponent gap of {@code innovation}
     * scaled from 0.75 to 1.25; points where the share is undefined are left out (the line breaks there).
     */
    public static void drawGap(Painter g, String innovation, double year, List<Sensitivity.GapPoint> points, double w, double h, ChartStyle s) {
        g.fill(s.background());
        g.fillRect(0, 0, w, h);
        double font = s.font();
        g.font(font * 1.15, true);
        g.fill(s.foreground());
        g.text(String.format(Locale.ROOT, "Scale-dependent share in %s as the %s exponent gap is scaled", yearText(year), innovation), 8, 6,
                Painter.HAlign.LEFT, Painter.VAlign.TOP);
        if (points.isEmpty()) return;
        g.font(font, false);
        // room for the axis labels, the end ones centred on the plot's edges
        double left = Math.max(8 + g.textWidth("100%") + 10, 8 + g.textWidth("×0.75") / 2);
        double right = w - 8 - g.textWidth("×1.25") / 2;
        double top = 12 + font * 2.4;
        double bottom = h - font * 2.8;
        double x0 = points.get(0).scale();
        double x1 = points.get(points.size() - 1).scale();
        DoubleUnaryOperator x = v -> left + (v - x0) / (x1 - x0) * (right - left);
        DoubleUnaryOperator y = v -> bottom - v * (bottom - top);
        g.stroke(s.grid());
        g.lineWidth(1);
        for (int p = 0; p <= 100; p += 25) {
            double yy = y.applyAsDouble(p / 100.0);
            g.line(left, yy, right, yy);
            g.fill(s.muted());
            g.text(p + "%", left - 6, yy, Painter.HAlign.RIGHT, Painter.VAlign.CENTER);
        }
        for (Sensitivity.GapPoint pt : points) {
            if (Math.abs(pt.scale() * 4 - Math.rint(pt.scale() * 4)) > 1e-9 && Math.abs(pt.scale() * 10 - Math.rint(pt.scale() * 10)) > 1e-9) continue;
            double xx = x.applyAsDouble(pt.scale());
            g.fill(s.muted());
            g.text(String.format(Locale.ROOT, "×%.2f", pt.scale()), xx, bottom + 6, Painter.HAlign.CENTER, Painter.VAlign.TOP);
        }
        // the paper's own gap
        double xc = x.applyAsDouble(1);
        g.stroke(s.muted());
        g.dashes(4, 4);
        g.line(xc, top, xc, bottom);
        g.dashes();
        g.stroke(UP);
        g.lineWidth(2.2 * s.scale());
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        int n = 0;
        for (Sensitivity.GapPoint pt : points) {
            if (pt.outcome().share().isEmpty()) {
                if (n > 1) g.polyline(xs, ys, n);
                n = 0;
                continue;
            }
            xs[n] = x.applyAsDouble(pt.scale());
            ys[n++] = y.applyAsDouble(pt.outcome().share().getAsDouble());
        }
        if (n > 1) g.polyline(xs, ys, n);
    }

    private static void bar(Painter g, Sensitivity.Outcome o, Rgba colour, double central, DoubleUnaryOperator x,
                            double y, double h) {
        if (o.total().isEmpty()) return;
        double a = x.applyAsDouble(central);
        double b = x.applyAsDouble(o.total().getAsDouble());
        g.fill(colour);
        g.fillRect(Math.min(a, b), y, Math.max(1, Math.abs(b - a)), h);
    }

    /** The text cut with an ellipsis to fit {@code width}. */
    static String fit(Painter g, String text, double width) {
        if (g.textWidth(text) <= width) return text;
        // the longest start that fits with its ellipsis (at least 4 characters), found by halving: a long text
        // (a "+N more" list of forty names) takes a dozen measurements rather than one per character
        int lo = Math.min(4, text.length());
        int hi = text.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (g.textWidth(text.substring(0, mid) + "…") <= width) lo = mid;
            else hi = mid - 1;
        }
        return text.substring(0, lo) + "…";
    }
}
