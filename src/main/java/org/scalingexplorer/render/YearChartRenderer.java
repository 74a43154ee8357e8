package org.scalingexplorer.render;

import java.util.ArrayList;
import java.util.List;

import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.render.Painter.HAlign;
import org.scalingexplorer.render.Painter.VAlign;

/**
 * Draws a chart of gains over years (log y) on any {@link Painter}: stacked bands (hatched when scale-dependent),
 * lines, labelled points, an interval band, the top compute axis with models marked on it, and the year cursor.
 * The window's canvases and every export use it.
 */
public final class YearChartRenderer {
    public static final String TICK_COLOR = "#8250df";
    /** A mid grey that reads as a veil on light and dark backgrounds alike. */
    static final String RANGE_COLOR = "#8c959f";

    /** Where the plot area lies on a surface ({@code width} wide), and how years and gains map to it. */
    public record Frame(double x0, double x1, double yTop, double yBottom, LogAxis yAxis, double firstYear, double lastYear, double width) {
        public double screenX(double year) {
            return x0 + (year - firstYear) / (lastYear - firstYear) * (x1 - x0);
        }

        public double yearAt(double screenX) {
            double t = (screenX - x0) / (x1 - x0);
            return Math.max(firstYear, Math.min(lastYear, firstYear + t * (lastYear - firstYear)));
        }
    }

    private YearChartRenderer() {
    }

    /** The frame of a surface of {@code w} by {@code h}, or null when too small. */
    public static Frame frame(YearData.Plot p, double w, double h, ChartStyle s, Painter g) {
        double yTop = p.topAxis() == null ? 0.8 * s.font() : 2.6 * s.font();
        double yBottom = h - 3.0 * s.font();
        if (yBottom - yTop < 20) return null;
        LogAxis y = LogAxis.of(p.yMin(), p.yMax(), yBottom, yTop);
        // room for the title and the widest tick label, measured (the labels sit 6 px left of the axis)
        double x0 = TickLabels.yAxisRoom(g, y, yLabels(yBottom - yTop, s), 6 * s.scale(), s);
        // with end labels, the bands' and lines' names take a margin on the right
        double x1 = w - (s.endLabels() ? EndLabels.room(g, EndLabels.names(p), w, s) : 1.2 * s.font());
        if (x1 - x0 < 20) return null;
        double[] years = p.years();
        return new Frame(x0, x1, yTop, yBottom, y, years[0], years[years.length - 1], w);
    }

    public static double tickLength(ChartStyle s) {
        return 9 * s.scale();
    }

    /** Everything but the cursor. */
    public static void draw(Painter g, YearData.Plot p, Frame f, double h, ChartStyle s) {
        drawGrid(g, p, f, s);
        drawExtrapolated(g, p, f);
        double[] years = p.years();
        for (YearData.Band b : p.bands()) {
            Rgba c = s.series(b.color());
            double[] xs = new double[2 * years.length];
            double[] ys = new double[2 * years.length];
            for (int k = 0; k < years.length; k++) {
                xs[k] = f.screenX(years[k]);
                ys[k] = f.yAxis().toScreenOfLog10(b.upper()[k]);
                xs[2 * years.length - 1 - k] = xs[k];
                ys[2 * years.length - 1 - k] = f.yAxis().toScreenOfLog10(b.lower()[k]);
            }
            if (b.hatched()) {
                g.fillHatched(xs, ys, xs.length, c.fade(0.85), c.darker().darker(), hatchSpacing(s), Math.max(1, 1.2 * s.scale()));
            } else {
                g.fill(c.fade(0.85));
                g.fillPolygon(xs, ys, xs.length);
            }
        }
        if (p.range() != null) drawRange(g, p.range(), f);
        for (YearData.Line line : p.lines()) drawLine(g, line, years, f, s);
        for (YearData.Point pt : p.points()) {
            double x = f.screenX(pt.year());
            double y = f.yAxis().toScreen(pt.value());
            if (Double.isNaN(y) || y < f.yTop() || y > f.yBottom()) continue;
            g.fill(s.series(pt.color()));
            double r = 4.5 * s.scale();
            g.fillPolygon(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y}, 4);
            g.font(s.font() * 0.85, false);
            g.fill(s.foreground());
            // left of the mark, or right of it when that would cross the axis; never outside the plot
            double tw = g.textWidth(pt.label());
            boolean left = x - r - 2 - tw >= f.x0() + 2;
            double tx = left ? x - r - 2 : Math.min(x + r + 2, f.x1() - tw - 2);
            g.text(pt.label(), tx, y - 2, left ? HAlign.RIGHT : HAlign.LEFT, VAlign.BOTTOM);
        }
        drawAxes(g, p, f, h, s);
        drawTicks(g, p, f, s);
        if (s.endLabels()) EndLabels.draw(g, EndLabels.place(g, EndLabels.tracks(p, f, s), f.x1(), f.width(), f.yTop(), f.yBottom(), s), f.x1(), s);
    }

    /** Extrapolated spans of a line faded, the rest at full strength; NaN breaks it. */
    private static void drawLine(Painter g, YearData.Line line, double[] years, Frame f, ChartStyle s) {
        Rgba colour = s.series(line.color());
        g.lineWidth(line.width() * s.scale());
        if (line.dashed()) g.dashes(6 * s.scale(), 4 * s.scale());
        int n = years.length;
        double[] sy = new double[n];
        for (int k = 0; k < n; k++) sy[k] = f.yAxis().toScreen(line.values()[k]);
        double[] px = new double[n];
        double[] py = new double[n];
        int k = 0;
        while (k < n - 1) {
            if (Double.isNaN(sy[k]) || Double.isNaN(sy[k + 1])) {
                k++;
                continue;
            }
            // a run of segments that are all measured or all extrapolated
            boolean faded = line.extrapolatedSegment(k);
            int end = k + 1;
            while (end < n - 1 && !Double.isNaN(sy[end + 1]) && line.extrapolatedSegment(end) == faded) end++;
            int m = 0;
            for (int i = k; i <= end; i++) {
                px[m] = f.screenX(years[i]);
                py[m++] = Math.max(f.yTop(), Math.min(f.yBottom(), sy[i]));
            }
            g.stroke(faded ? colour.fade(FADED) : colour);
            g.polyline(px, py, m);
            k = end;
        }
        g.dashes();
    }

    /** The opacity of a line's extrapolated spans. */
    static final double FADED = 0.5;
    static final String FADED_TEXT = "Faded: extrapolated beyond the fitted range";

    public static double hatchSpacing(ChartStyle s) {
        return Math.max(4, Math.round(7 * s.scale()));
    }

    public static void drawCursor(Painter g, Frame f, double year, ChartStyle s) {
        if (!Double.isFinite(year)) return;
        double x = Math.floor(f.screenX(year)) + 0.5;
        g.stroke(s.foreground());
        g.lineWidth(1.5 * s.scale());
        g.line(x, f.yTop(), x, f.yBottom());
    }

    /** The most of an export's height its title and legend take; beyond it their type gets smaller. */
    static final double HEADER_SHARE = 0.4;

    /** The whole chart for an export: title and legend above, then the plot and the cursor. */
    public static void drawFull(Painter g, YearData.Plot p, double cursorYear, double w, double h, ChartStyle s) {
        g.fill(s.background());
        g.fillRect(0, 0, w, h);
        double top = Header.drawFitted(g, p.title(), legend(p, s), w, HEADER_SHARE * h, s);
        g.save();
        g.translate(0, top);
        g.clipRect(0, 0, w, h - top);
        Frame f = frame(p, w, h - top, s, g);
        if (f != null) {
            draw(g, p, f, h - top, s);
            drawCursor(g, f, cursorYear, s);
        }
        g.restore();
    }

    /** The legend's entries; with end labels, without the bands and lines their ends name. */
    public static List<LegendEntry> legendEntries(YearData.Plot p, boolean endLabels) {
        List<LegendEntry> all = legendEntries(p);
        return endLabels ? all.subList(p.bands().size() + p.lines().size(), all.size()) : all;
    }

    /** The legend's entries, in drawing order; the window builds its legend from the same list. */
    public static List<LegendEntry> legendEntries(YearData.Plot p) {
        List<LegendEntry> entries = new ArrayList<>();
        for (YearData.Band b : p.bands()) {
            entries.add(new LegendEntry(EndLabels.bandName(b), b.color(), b.hatched() ? "hatched" : "box"));
        }
        for (YearData.Line l : p.lines()) entries.add(new LegendEntry(l.name(), l.color(), "line"));
        if (p.range() != null) entries.add(new LegendEntry(p.range().name(), RANGE_COLOR + "38", "box"));
        if (p.anyExtrapolated()) entries.add(new LegendEntry(EXTRAPOLATED_TEXT, EXTRAPOLATED_COLOR + "40", "box"));
        if (p.lines().stream().anyMatch(YearData.Line::anyExtrapolated)) entries.add(new LegendEntry(FADED_TEXT, EXTRAPOLATED_COLOR, "line"));
        if (!p.ticks().isEmpty() && p.topAxis() != null) {
            entries.add(new LegendEntry(p.ticks().size() + " notable models (Epoch AI) at their training compute", TICK_COLOR, "tick"));
        }
        return entries;
    }

    /** @param kind box, hatched, line or tick */
    public record LegendEntry(String text, String color, String kind) {
    }

    private static List<Header.Entry> legend(YearData.Plot p, ChartStyle s) {
        // with end labels, the bands and lines are named at their ends: the legend keeps the rest
        return legendEntries(p, s.endLabels()).stream().map(e -> new Header.Entry(e.text(), s.series(e.color()), switch (e.kind()) {
            case "hatched" -> Header.Swatch.HATCHED;
            case "line" -> Header.Swatch.LINE;
            case "tick" -> Header.Swatch.TICK;
            default -> Header.Swatch.BOX;
        })).toList();
    }

    static final String EXTRAPOLATED_COLOR = "#8c959f";
    static final String EXTRAPOLATED_TEXT = "Shaded: extrapolated beyond the fitted range";

    /** Years whose values are extrapolated, as a light veil behind the data, the whole height of the plot. */
    private static void drawExtrapolated(Painter g, YearData.Plot p, Frame f) {
        boolean[] e = p.extrapolated();
        double[] years = p.years();
        if (e == null || e.length != years.length) return;
        g.fill(Rgba.web(EXTRAPOLATED_COLOR, 0.16));
        int k = 0;
        while (k < years.length) {
            if (!e[k]) {
                k++;
                continue;
            }
            int start = k;
            while (k < years.length && e[k]) k++;
            // each sample stands for the half-steps either side of it
            double from = start == 0 ? years[0] : (years[start - 1] + years[start]) / 2;
            double to = k == years.length ? years[years.length - 1] : (years[k - 1] + years[k]) / 2;
            double x0 = f.screenX(from);
            g.fillRect(x0, f.yTop(), f.screenX(to) - x0, f.yBottom() - f.yTop());
        }
    }

    /** The interval as a grey translucent band, clamped to the plot. */
    private static void drawRange(Painter g, YearData.Range r, Frame f) {
        int n = r.years().length;
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double y = f.yAxis().toScreen(r.high()[i]);
            if (Double.isNaN(y)) continue;
            xs[k] = f.screenX(r.years()[i]);
            ys[k++] = Math.max(f.yTop(), Math.min(f.yBottom(), y));
        }
        for (int i = n - 1; i >= 0; i--) {
            double y = f.yAxis().toScreen(r.low()[i]);
            if (Double.isNaN(y)) continue;
            xs[k] = f.screenX(r.years()[i]);
            ys[k++] = Math.max(f.yTop(), Math.min(f.yBottom(), y));
        }
        g.fill(Rgba.web(RANGE_COLOR, 0.30));
        g.fillPolygon(xs, ys, k);
    }

    /** Models as short marks hanging from the top (compute) axis. */
    private static void drawTicks(Painter g, YearData.Plot p, Frame f, ChartStyle s) {
        if (p.ticks().isEmpty() || p.topAxis() == null) return;
        g.stroke(Rgba.web(TICK_COLOR, 0.45));
        g.lineWidth(1.2 * s.scale());
        double len = tickLength(s);
        for (YearData.Tick t : p.ticks()) {
            double x = f.screenX(t.year());
            if (x < f.x0() || x > f.x1()) continue;
            g.line(x, f.yTop(), x, f.yTop() + len);
        }
    }

    private static int yLabels(Frame f, ChartStyle s) {
        return yLabels(f.yBottom() - f.yTop(), s);
    }

    private static int yLabels(double height, ChartStyle s) {
        return Math.max(2, (int) (height / (2.2 * s.font())));
    }

    private static void drawGrid(Painter g, YearData.Plot p, Frame f, ChartStyle s) {
        g.lineWidth(1);
        for (LogAxis.Tick t : f.yAxis().ticks(yLabels(f, s))) {
            double y = Math.floor(f.yAxis().toScreen(t.value())) + 0.5;
            g.stroke(t.major() ? s.grid() : s.grid().fade(0.4));
            g.line(f.x0(), y, f.x1(), y);
        }
        double[] years = p.years();
        g.stroke(s.grid());
        for (int y = (int) Math.ceil(years[0]); y <= years[years.length - 1]; y++) {
            double x = Math.floor(f.screenX(y)) + 0.5;
            g.line(x, f.yTop(), x, f.yBottom());
        }
    }

    private static void drawAxes(Painter g, YearData.Plot p, Frame f, double h, ChartStyle s) {
        g.stroke(s.foreground());
        g.lineWidth(s.scale());
        g.strokeRect(Math.floor(f.x0()) + 0.5, Math.floor(f.yTop()) + 0.5, Math.round(f.x1() - f.x0()), Math.round(f.yBottom() - f.yTop()));
        double[] years = p.years();
        int span = (int) Math.round(years[years.length - 1] - years[0]);
        int every = span > 16 ? 4 : span > 8 ? 2 : 1;
        // labels that would overlap their left neighbour are left out (narrow windows, large type)
        double lastYearRight = Double.NEGATIVE_INFINITY;
        double lastTopRight = Double.NEGATIVE_INFINITY;
        for (int y = (int) Math.ceil(years[0]); y <= years[years.length - 1]; y++) {
            if (y % every != 0) continue;
            double x = f.screenX(y);
            g.font(s.font(), false);
            g.fill(s.foreground());
            String label = Integer.toString(y);
            double w = g.textWidth(label);
            // the last label stays inside the chart: moved left of its tick rather than cut at the edge
            double cx = Math.min(x, f.x1() + 1.1 * s.font() - w / 2);
            if (cx - w / 2 > lastYearRight + 4 * s.scale()) {
                g.text(label, cx, f.yBottom() + 5 * s.scale(), HAlign.CENTER, VAlign.TOP);
                lastYearRight = cx + w / 2;
            }
            if (p.topAxis() != null && p.topYear() == null) {
                g.font(s.font() * 0.8, false);
                g.fill(s.muted());
                String top = p.topAxis().apply(y);
                double tw = g.textWidth(top);
                if (x - tw / 2 > lastTopRight + 6 * s.scale()) {
                    g.text(top, x, f.yTop() - 3 * s.scale(), HAlign.CENTER, VAlign.BOTTOM);
                    lastTopRight = x + tw / 2;
                }
            }
        }
        if (p.topYear() != null) topDecades(g, p, f, s);
        g.fill(s.foreground());
        if (p.topAxis() != null) {
            String top = TickLabels.fitTitle(g, "Frontier compute (FLOP)", f.x1() - f.x0(), s.withScale(s.scale() * 0.8));
            g.text(top, f.x0(), f.yTop() - 1.3 * s.font(), HAlign.LEFT, VAlign.BOTTOM);
        }
        g.font(s.font(), false);
        for (LogAxis.Tick t : f.yAxis().ticks(yLabels(f, s))) {
            if (t.label().isEmpty()) continue;
            // 10 with a raised exponent, as the log charts write their decades
            TickLabels.draw(g, t.label(), f.x0() - 6 * s.scale(), f.yAxis().toScreen(t.value()), s, false);
            g.font(s.font(), false);
        }
        g.font(s.font(), true);
        g.text(TickLabels.fitTitle(g, "Year", f.x1() - f.x0(), s), (f.x0() + f.x1()) / 2, h - 2, HAlign.CENTER, VAlign.BOTTOM);
        g.save();
        g.translate(s.font() * 1.1, (f.yTop() + f.yBottom()) / 2);
        g.rotate(-90);
        // a short plot (a small panel) takes the axis title in smaller type, or its first part, rather than cut it
        String label = TickLabels.fitTitle(g, p.yLabel(), f.yBottom() - f.yTop(), s);
        g.text(label, 0, 0, HAlign.CENTER, VAlign.CENTER);
        g.restore();
    }

    /**
     * The top axis at round computes: 10^k where the trend reaches it, every decade, or every second, third, fifth
     * or tenth when their labels would touch.
     */
    private static void topDecades(Painter g, YearData.Plot p, YearChartRenderer.Frame f, ChartStyle s) {
        double[] years = p.years();
        double y0 = years[0];
        double y1 = years[years.length - 1];
        ChartStyle small = s.withScale(s.scale() * 0.8);
        g.font(small.font(), false);
        double labelW = g.textWidth("10") + g.textWidth("00") * 0.72 + 8 * s.scale();
        List<double[]> at = new ArrayList<>();
        for (int k = 0; k <= 60; k++) {
            double year = p.topYear().applyAsDouble(k);
            if (Double.isFinite(year) && year >= y0 && year <= y1) at.add(new double[] {k, f.screenX(year)});
        }
        int step = 1;
        for (int candidate : new int[] {1, 2, 3, 5, 10}) {
            step = candidate;
            boolean clear = true;
            for (int i = candidate; i < at.size(); i += candidate) clear &= at.get(i)[1] - at.get(i - candidate)[1] >= labelW;
            if (clear) break;
        }
        g.stroke(s.muted());
        g.lineWidth(s.scale());
        for (int i = 0; i < at.size(); i++) {
            if (((int) at.get(i)[0]) % step != 0) continue;
            double x = at.get(i)[1];
            g.line(x, f.yTop(), x, f.yTop() - 3 * s.scale());
            TickLabels.draw(g, Numbers.decade((int) at.get(i)[0]), x, f.yTop() - 3 * s.scale() - small.font() * 1.5, small, true);
        }
    }
}
