package org.scalingexplorer.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.scalingexplorer.model.Numbers;

/**
 * Multipliers as horizontal bars on a log axis from 1x (a vertical line): one bar per row in the order given, with
 * its interval as a whisker when known; a row with no value says why instead of drawing a bar.
 */
public final class BarsRenderer {
    /**
     * @param value NaN when there is none ({@code why} says why); low and high NaN without an interval
     * @param bound 0 when {@code value} is a measured value; 1 when it is only a lower bound, -1 an upper bound (drawn
     *              hollow, labelled "≥" or "≤")
     * @param note  a few muted words after the value (flags, n); may be empty
     */
    public record Bar(String label, double value, double low, double high, String why, int bound, String note) {
        public Bar(String label, double value, double low, double high, String why) {
            this(label, value, low, high, why, 0, "");
        }
    }

    private BarsRenderer() {
    }

    public static void draw(Painter g, String title, List<Bar> bars, double w, double h, ChartStyle s) {
        g.fill(s.background());
        g.fillRect(0, 0, w, h);
        double font = s.font();
        g.font(font * 1.15, true);
        g.fill(s.foreground());
        g.text(title, 8, 6, Painter.HAlign.LEFT, Painter.VAlign.TOP);
        if (bars.isEmpty()) return;
        g.font(font, false);
        double labelW = 0;
        for (Bar b : bars) labelW = Math.max(labelW, g.textWidth(b.label()));
        double left = Math.min(labelW + 16, w * 0.4);
        double right = w - 16;
        double top = 12 + font * 2.4;
        double bottom = h - font * 2.6;
        double span = 0.05;
        for (Bar b : bars) {
            for (double v : new double[] {b.value(), b.low(), b.high()}) {
                if (v > 0 && Double.isFinite(v)) span = Math.max(span, Math.abs(Math.log10(v)));
            }
        }
        // symmetric around 1x, so gains and losses read alike
        double l0 = -span * 1.12;
        double l1 = span * 1.12;
        DoubleUnaryOperator x = v -> left + (Math.log10(v) - l0) / (l1 - l0) * (right - left);
        double rowH = (bottom - top) / bars.size();
        Rgba bar = s.series("#0072B2");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = top + i * rowH;
            g.fill(s.foreground());
            g.text(TornadoRenderer.fit(g, b.label(), left - 12), left - 8, y + rowH / 2, Painter.HAlign.RIGHT, Painter.VAlign.CENTER);
            if (!(b.value() > 0)) {
                g.fill(s.muted());
                g.text(b.why(), x.applyAsDouble(1) + 6, y + rowH / 2, Painter.HAlign.LEFT, Painter.VAlign.CENTER);
                continue;
            }
            double x0 = x.applyAsDouble(1);
            double x1 = x.applyAsDouble(b.value());
            if (b.bound() == 0) {
                g.fill(bar.fade(0.85));
                g.fillRect(Math.min(x0, x1), y + rowH * 0.2, Math.abs(x1 - x0), rowH * 0.6);
            } else {
                // a bound: the bar hollow and dashed, for a value the runs only bound
                g.stroke(bar);
                g.lineWidth(1.4 * s.scale());
                g.dashes(4 * s.scale(), 3 * s.scale());
                g.strokeRect(Math.min(x0, x1), y + rowH * 0.2, Math.abs(x1 - x0), rowH * 0.6);
                g.dashes();
            }
            if (b.low() > 0 && b.high() > 0) {
                g.stroke(s.foreground());
                g.lineWidth(1.4 * s.scale());
                double ym = y + rowH / 2;
                g.line(x.applyAsDouble(b.low()), ym, x.applyAsDouble(b.high()), ym);
                g.line(x.applyAsDouble(b.low()), ym - rowH * 0.15, x.applyAsDouble(b.low()), ym + rowH * 0.15);
                g.line(x.applyAsDouble(b.high()), ym - rowH * 0.15, x.applyAsDouble(b.high()), ym + rowH * 0.15);
            }
            g.fill(s.foreground());
            String text = (b.bound() > 0 ? "≥ " : b.bound() < 0 ? "≤ " : "") + Numbers.times(b.value()) + (b.note().isEmpty() ? "" : "  " + b.note());
            double tw = g.textWidth(text);
            // beyond the bar and its whisker, away from 1x; on the other side when that would leave the plot
            double far = Math.max(Math.max(x0, x1), b.high() > 0 ? x.applyAsDouble(b.high()) : x1) + 6;
            double near = Math.min(Math.min(x0, x1), b.low() > 0 ? x.applyAsDouble(b.low()) : x1) - 6;
            boolean after = b.value() >= 1 ? far + tw <= w - 4 || near - tw < left : near - tw < left;
            g.text(text, after ? far : near, y + rowH / 2, after ? Painter.HAlign.LEFT : Painter.HAlign.RIGHT, Painter.VAlign.CENTER);
        }
        g.stroke(s.foreground());
        g.lineWidth(1.2 * s.scale());
        double x1 = x.applyAsDouble(1);
        g.line(x1, top - 4, x1, bottom);
        g.line(left, bottom, right, bottom);
        g.fill(s.foreground());
        // ticks at 1, 2, 5 x 10^k within the span; finer steps when it is under a decade
        for (double v : ticks(g, l0, l1, right - left)) {
            double tx = x.applyAsDouble(v);
            g.line(tx, bottom, tx, bottom + 4);
            g.text(tickText(v), tx, bottom + 6, Painter.HAlign.CENTER, Painter.VAlign.TOP);
        }
    }

    /** A tick's label: as few digits as it takes ({@code 0.001×}, {@code 1.25×}, {@code 1000×}; {@code 1e6×} beyond). */
    static String tickText(double v) {
        double lv = Math.abs(Math.log10(v));
        BigDecimal d = BigDecimal.valueOf(v).round(new MathContext(3)).stripTrailingZeros();
        String t = lv >= 5.5 ? d.unscaledValue() + "e" + (-d.scale()) : d.toPlainString();
        return t + "×";
    }

    /**
     * The axis's ticks between 10^l0 and 10^l1 drawn {@code width} wide: the finest of 1-2-5 per decade, every
     * decade, or every k-th decade whose labels do not touch (1x always among them).
     */
    static List<Double> ticks(Painter g, double l0, double l1, double width) {
        List<List<Double>> candidates = new ArrayList<>();
        if (l1 - l0 < 1) candidates.add(List.of(0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0));
        List<Double> fine = new ArrayList<>();
        for (double t = Math.floor(l0); t <= l1; t++) for (double m : new double[] {1, 2, 5}) fine.add(m * Math.pow(10, t));
        candidates.add(fine);
        for (int k = 1; k <= 12; k++) {
            List<Double> every = new ArrayList<>();
            for (int t = 0; t <= l1; t += k) every.add(Math.pow(10, t));
            for (int t = -k; t >= l0; t -= k) every.add(0, Math.pow(10, t));
            candidates.add(every);
        }
        List<Double> chosen = List.of(1.0);
        for (List<Double> c : candidates) {
            List<Double> in = c.stream().filter(v -> Math.log10(v) >= l0 && Math.log10(v) <= l1).toList();
            boolean clear = true;
            for (int i = 1; i < in.size() && clear; i++) {
                double gap = (Math.log10(in.get(i)) - Math.log10(in.get(i - 1))) / (l1 - l0) * width;
                double need = (g.textWidth(tickText(in.get(i))) + g.textWidth(tickText(in.get(i - 1)))) / 2 + 10;
                clear = gap >= need;
            }
            if (clear) {
                chosen = in;
                break;
            }
        }
        return chosen;
    }
}
