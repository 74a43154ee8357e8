package org.scalingexplorer.render;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.scalingexplorer.model.LineStyle;
import org.scalingexplorer.render.Painter.HAlign;
import org.scalingexplorer.render.Painter.VAlign;

/**
 * Draws a log-log chart on any {@link Painter}: the window's canvases and every export use this code, so a PNG, SVG
 * or PDF shows what the window shows. The plot area is the surface minus margins that scale with the font.
 */
public final class LogChartRenderer {
    /** Runs per series above which points are splatted into one image instead of drawn one by one. */
    public static final int DENSE_POINTS = 3000;
    public static final double HANDLE_RADIUS = 7;

    private LogChartRenderer() {
    }

    public static double bottom(ChartStyle s) {
        return 3.4 * s.font();
    }

    public static double top(ChartStyle s) {
        return 0.8 * s.font();
    }

    public static double right(ChartStyle s) {
        return 1.2 * s.font();
    }

    /** The axes of a surface of {@code w} by {@code h} showing the plot's full ranges, or null when too small. */
    public static LogAxis[] axes(ChartData.Plot p, double w, double h, ChartStyle s, Painter g) {
        double y0 = h - bottom(s);
        double y1 = top(s);
        if (y0 - y1 < 10) return null;
        LogAxis y = LogAxis.of(p.yMin(), p.yMax(), y0, y1);
        double x0 = TickLabels.yAxisRoom(g, y, maxYLabels(y, s), 8 * s.scale(), s);
        double x1 = w - (s.endLabels() ? EndLabels.room(g, p, w, s) : right(s));
        if (x1 - x0 < 10) return null;
        return new LogAxis[] {LogAxis.of(p.xMin(), p.xMax(), x0, x1), y};
    }

    /** Grid, reference line, bands, runs, curves, markers and axes, on a surface of {@code w} by {@code h}. */
    public static void drawBase(Painter g, ChartData.Plot p, Set<String> hidden, LogAxis xAxis, LogAxis yAxis, double w, double h,
                                ChartStyle s) {
        // no clip: a clip path sends every primitive through a full-size mask on a canvas; instead the data is drawn
        // first and the margins are painted over before the axes go on top
        drawGrid(g, xAxis, yAxis, s);
        if (Double.isFinite(p.referenceLineY())) {
            double y = yAxis.toScreen(p.referenceLineY());
            g.stroke(s.muted());
            g.lineWidth(s.scale());
            g.dashes(4 * s.scale(), 4 * s.scale());
            g.line(xAxis.screenFrom(), y, xAxis.screenTo(), y);
            g.dashes();
        }
        for (ChartData.Series series : p.series()) {
            if (series.band() != null && !hidden.contains(series.id())) drawBand(g, series.band(), s.series(series.color()), xAxis, yAxis);
        }
        splatDensePoints(g, p, hidden, xAxis, yAxis, w, h, s);
        for (ChartData.Series series : p.series()) {
            if (hidden.contains(series.id())) continue;
            Rgba c = s.series(series.color());
            if (series.pointXs().length <= DENSE_POINTS) drawPoints(g, series, c, xAxis, yAxis, w, h, s);
            for (ChartData.Line line : series.lines()) drawLine(g, line, series.style(), c, xAxis, yAxis, s);
        }
        for (ChartData.Marker m : p.markers()) drawMarker(g, m, xAxis, yAxis, s, true, false);
        g.fill(s.background());
        double x0 = Math.floor(xAxis.screenFrom());
        double x1 = Math.ceil(xAxis.screenTo());
        double yTop = Math.floor(yAxis.screenTo());
        double yBottom = Math.ceil(yAxis.screenFrom());
        g.fillRect(0, 0, w, yTop);
        g.fillRect(0, yBottom, w, h - yBottom);
        g.fillRect(0, yTop, x0, yBottom - yTop);
        g.fillRect(x1, yTop, w - x1, yBottom - yTop);
        drawAxes(g, p, xAxis, yAxis, h, s);
        if (s.endLabels()) EndLabels.draw(g, EndLabels.place(g, p, hidden, xAxis, yAxis, w, s), Math.max(xAxis.screenFrom(), xAxis.screenTo()), s);
    }

    /** Cursor, CEG constructions, markers and labels (inside the plot), then handles and the hover readout. */
    /** Returns where the labels went, so a window can list the collapsed ones when the mouse is over "+N more". */
    public static LabelLayout.Result drawOverlay(Painter g, LabelLayout.Obstacles curves, ChartData.Overlay o,
                                                 List<ChartData.Handle> handles, String readout, LogAxis xAxis, LogAxis yAxis, ChartStyle s,
                                                 LabelLayout.Result previous) {
        g.save();
        g.clipRect(xAxis.screenFrom(), yAxis.screenTo(), xAxis.screenTo() - xAxis.screenFrom(), yAxis.screenFrom() - yAxis.screenTo());
        if (Double.isFinite(o.cursorX())) {
            double x = snap(xAxis.toScreen(o.cursorX()));
            g.stroke(s.foreground());
            g.lineWidth(1.5 * s.scale());
            g.line(x, yAxis.screenTo(), x, yAxis.screenFrom());
        }
        for (ChartData.Segment seg : o.segments()) {
            g.stroke(s.series(seg.color()));
            g.lineWidth(1.5 * s.scale());
            if (seg.dashed()) g.dashes(3 * s.scale(), 3 * s.scale());
            g.line(xAxis.toScreen(seg.x1()), yAxis.toScreen(seg.y1()), xAxis.toScreen(seg.x2()), yAxis.toScreen(seg.y2()));
            g.dashes();
        }
        for (ChartData.Marker m : o.markers()) drawMarker(g, m, xAxis, yAxis, s, false, true);
        // labels keep off the curves, constructions, markers and handles; the handles are drawn over them all the same
        LabelLayout.Result placed = LabelLayout.place(g, o.labels(), xAxis, yAxis, s, curves.with(o, handles, xAxis, yAxis), previous);
        LabelLayout.draw(g, placed, s);
        g.restore();
        for (ChartData.Handle h : handles) {
            double x = xAxis.toScreen(h.x());
            double y = yAxis.toScreen(h.y());
            double r = HANDLE_RADIUS * s.scale();
            g.fill(s.background());
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.stroke(s.series(h.color()));
            g.lineWidth(2.5 * s.scale());
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            g.fill(s.series(h.color()));
            g.fillOval(x - r / 3, y - r / 3, 2 * r / 3, 2 * r / 3);
        }
        if (!readout.isEmpty()) {
            g.font(s.font() * 0.85, false);
            g.fill(s.muted());
            g.text(readout, xAxis.screenTo() - 4, yAxis.screenTo() + 4, HAlign.RIGHT, VAlign.TOP);
        }
        return placed;
    }

    /** The whole chart as a drawing, at the plot's own ranges and with no cursor. */
    public static ChartExport.Drawing drawing(ChartData.Plot p, ChartStyle s) {
        return (g, w, h) -> drawFull(g, p, ChartData.Overlay.empty(), Set.of(), null, w, h, s);
    }

    /**
     * The whole chart for an export: title and legend drawn above the plot (the window shows them as controls), then
     * the plot at the given ranges (null for the plot's own).
     */
    public static void drawFull(Painter g, ChartData.Plot p, ChartData.Overlay o, Set<String> hidden, double[] ranges, double w, double h,
                                ChartStyle s) {
        g.fill(s.background());
        g.fillRect(0, 0, w, h);
        double y = Header.drawFitted(g, p.title(), legend(p, hidden, s), w, YearChartRenderer.HEADER_SHARE * h, s);
        g.save();
        g.translate(0, y);
        double ph = h - y;
        g.clipRect(0, 0, w, ph);
        LogAxis[] axes = axes(p, w, ph, s, g);
        if (axes != null) {
            LogAxis x = ranges == null ? axes[0] : new LogAxis(ranges[0], ranges[1], axes[0].screenFrom(), axes[0].screenTo());
            LogAxis yy = ranges == null ? axes[1] : new LogAxis(ranges[2], ranges[3], axes[1].screenFrom(), axes[1].screenTo());
            drawBase(g, p, hidden, x, yy, w, ph, s);
            drawOverlay(g, LabelLayout.Obstacles.curves(p, hidden, x, yy), o, List.of(), "", x, yy, s, null);
        }
        g.restore();
    }

    private static List<Header.Entry> legend(ChartData.Plot p, Set<String> hidden, ChartStyle s) {
        List<Header.Entry> entries = new ArrayList<>();
        for (ChartData.Series series : p.series()) {
            // with end labels a line is named at its end; runs (points only) keep their entry
            if (hidden.contains(series.id()) || s.endLabels() && !series.lines().isEmpty()) continue;
            entries.add(new Header.Entry(series.badge().isEmpty() ? series.name() : series.name() + "  [" + series.badge() + "]",
                    s.series(series.color()), Header.Swatch.LINE, series.style().dash().lengths(s.scale())));
        }
        return entries;
    }

    static int maxXLabels(LogAxis xAxis, ChartStyle s) {
        return Math.max(2, (int) ((xAxis.screenTo() - xAxis.screenFrom()) / (4.5 * s.font())));
    }

    static int maxYLabels(LogAxis yAxis, ChartStyle s) {
        return Math.max(2, (int) ((yAxis.screenFrom() - yAxis.screenTo()) / (2.2 * s.font())));
    }

    private static void drawGrid(Painter g, LogAxis xAxis, LogAxis yAxis, ChartStyle s) {
        g.lineWidth(1);
        for (LogAxis.Tick t : xAxis.ticks(maxXLabels(xAxis, s))) {
            double x = snap(xAxis.toScreen(t.value()));
            g.stroke(t.major() ? s.grid() : s.grid().fade(0.45));
            g.line(x, yAxis.screenFrom(), x, yAxis.screenTo());
        }
        for (LogAxis.Tick t : yAxis.ticks(maxYLabels(yAxis, s))) {
            double y = snap(yAxis.toScreen(t.value()));
            g.stroke(t.major() ? s.grid() : s.grid().fade(0.45));
            g.line(xAxis.screenFrom(), y, xAxis.screenTo(), y);
        }
    }

    private static void drawAxes(Painter g, ChartData.Plot p, LogAxis xAxis, LogAxis yAxis, double h, ChartStyle s) {
        double x0 = xAxis.screenFrom();
        double x1 = xAxis.screenTo();
        double y0 = yAxis.screenFrom();
        double y1 = yAxis.screenTo();
        g.lineWidth(1);
        for (LogAxis.Tick t : xAxis.ticks(maxXLabels(xAxis, s))) {
            double x = snap(xAxis.toScreen(t.value()));
            g.stroke(s.foreground());
            g.line(x, y0, x, y0 + (t.major() ? 6 : 3) * s.scale());
            if (!t.label().isEmpty()) TickLabels.draw(g, t.label(), x, y0 + 8 * s.scale(), s, true);
        }
        double lastLabel = Double.NaN;
        for (LogAxis.Tick t : yAxis.ticks(maxYLabels(yAxis, s))) {
            double y = snap(yAxis.toScreen(t.value()));
            g.stroke(s.foreground());
            g.line(x0 - (t.major() ? 6 : 3) * s.scale(), y, x0, y);
            // on a short axis in large type the labelled minors (2, 3, ... 8) would touch: every other one is left out
            if (t.label().isEmpty() || Math.abs(y - lastLabel) < 1.15 * s.font()) continue;
            TickLabels.draw(g, t.label(), x0 - 8 * s.scale(), y, s, false);
            lastLabel = y;
        }
        g.stroke(s.foreground());
        g.lineWidth(s.scale());
        g.strokeRect(snap(x0), snap(y1), Math.round(x1 - x0), Math.round(y0 - y1));
        g.fill(s.foreground());
        // titles longer than their axis take smaller type, or their first part, rather than run off the chart
        String xTitle = TickLabels.fitTitle(g, p.xLabel(), x1 - x0 + 2 * right(s), s);
        g.text(xTitle, (x0 + x1) / 2, h - 2, HAlign.CENTER, VAlign.BOTTOM);
        g.save();
        g.translate(s.font() * 1.1, (y0 + y1) / 2);
        g.rotate(-90);
        String yTitle = TickLabels.fitTitle(g, p.yLabel(), y0 - y1, s);
        g.text(yTitle, 0, 0, HAlign.CENTER, VAlign.CENTER);
        g.restore();
    }

    /** The band as one translucent polygon: along the upper edge, back along the lower. */
    private static void drawBand(Painter g, ChartData.Band band, Rgba c, LogAxis xAxis, LogAxis yAxis) {
        int n = band.xs().length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!(Double.isFinite(band.high()[i]) && band.high()[i] > 0)) continue;
            px[k] = xAxis.toScreen(band.xs()[i]);
            py[k++] = yAxis.toScreen(band.high()[i]);
        }
        for (int i = n - 1; i >= 0; i--) {
            if (!(Double.isFinite(band.low()[i]) && band.low()[i] > 0)) continue;
            px[k] = xAxis.toScreen(band.xs()[i]);
            py[k++] = yAxis.toScreen(band.low()[i]);
        }
        g.fill(c.fade(0.22));
        g.fillPolygon(px, py, k);
    }

    /** The line's screen points, broken where a value is NaN or not drawable on a log axis. */
    private static void drawLine(Painter g, ChartData.Line line, LineStyle style, Rgba c, LogAxis xAxis, LogAxis yAxis, ChartStyle s) {
        // an extrapolated part is dashed; on a series the user dashed or dotted it keeps that dash and is faded instead
        boolean own = style.dash() != LineStyle.Dash.SOLID;
        g.stroke(line.dashed() && own ? c.fade(0.45) : c);
        g.lineWidth((line.dashed() ? s.line() * 0.85 : s.line()) * line.weight() * style.width());
        double[] dash = (line.dashed() && !own ? LineStyle.Dash.DASHED : style.dash()).lengths(s.scale());
        g.dashes(dash);
        double[] xs = line.xs();
        double[] ys = line.ys();
        double[] px = new double[xs.length];
        double[] py = new double[xs.length];
        int n = 0;
        for (int i = 0; i <= xs.length; i++) {
            double x = i < xs.length ? xAxis.toScreen(xs[i]) : Double.NaN;
            double y = i < xs.length ? yAxis.toScreen(ys[i]) : Double.NaN;
            if (Double.isNaN(x) || Double.isNaN(y)) {
                g.polyline(px, py, n);
                n = 0;
                continue;
            }
            px[n] = x;
            py[n++] = y;
        }
        g.dashes();
    }

    /**
     * Level of detail for large run sets: every dense series is written into one ARGB raster (a small square per
     * run, later series on top) and drawn with a single image, instead of one command per run.
     */
    private static void splatDensePoints(Painter g, ChartData.Plot p, Set<String> hidden, LogAxis xAxis, LogAxis yAxis, double width,
                                         double height, ChartStyle s) {
        int w = (int) Math.ceil(width);
        int h = (int) Math.ceil(height);
        int[] raster = null;
        int r = Math.max(1, (int) Math.round(1.2 * s.scale()));
        for (ChartData.Series series : p.series()) {
            if (hidden.contains(series.id()) || series.pointXs().length <= DENSE_POINTS) continue;
            if (raster == null) raster = new int[w * h];
            int argb = s.series(series.color()).withAlpha(0xB0 / 255.0).argb();
            double[] xs = series.pointXs();
            double[] ys = series.pointYs();
            for (int i = 0; i < xs.length; i++) {
                double fx = xAxis.toScreen(xs[i]);
                double fy = yAxis.toScreen(ys[i]);
                if (!(fx >= 0 && fx < w && fy >= 0 && fy < h)) continue;
                int cx = (int) fx;
                int cy = (int) fy;
                for (int y = Math.max(0, cy - r); y <= Math.min(h - 1, cy + r); y++) {
                    for (int x = Math.max(0, cx - r); x <= Math.min(w - 1, cx + r); x++) raster[y * w + x] = argb;
                }
            }
        }
        if (raster != null) g.image(raster, w, h, 0, 0);
    }

    /** Observed runs, one mark per screen pixel at most. */
    private static void drawPoints(Painter g, ChartData.Series series, Rgba c, LogAxis xAxis, LogAxis yAxis, double width, double height,
                                   ChartStyle s) {
        double[] xs = series.pointXs();
        if (xs.length == 0) return;
        double[] ys = series.pointYs();
        int w = (int) Math.ceil(width) + 1;
        int h = (int) Math.ceil(height) + 1;
        BitSet seen = new BitSet(w * h);
        double r = 3 * s.scale();
        g.fill(c.fade(0.55));
        g.stroke(c.darker());
        g.lineWidth(0.8 * s.scale());
        boolean outline = xs.length < 2000;
        for (int i = 0; i < xs.length; i++) {
            double x = xAxis.toScreen(xs[i]);
            double y = yAxis.toScreen(ys[i]);
            if (!(x >= 0 && x < w && y >= 0 && y < h)) continue;
            int key = (int) y * w + (int) x;
            if (seen.get(key)) continue;
            seen.set(key);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (outline) g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private static void drawMarker(Painter g, ChartData.Marker m, LogAxis xAxis, LogAxis yAxis, ChartStyle s, boolean diamond,
                                   boolean withLabel) {
        double x = xAxis.toScreen(m.x());
        double y = yAxis.toScreen(m.y());
        if (Double.isNaN(x) || Double.isNaN(y)) return;
        double r = 4.5 * s.scale();
        g.fill(s.series(m.color()));
        g.stroke(s.background());
        g.lineWidth(1.5 * s.scale());
        if (diamond) {
            double[] px = {x, x + r, x, x - r};
            double[] py = {y - r, y, y + r, y};
            g.fillPolygon(px, py, 4);
            g.strokePolygon(px, py, 4);
        } else {
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        if (withLabel && !m.label().isEmpty()) {
            g.font(s.font() * 0.85, false);
            g.fill(s.foreground());
            // right of the mark, or left of it where it would cross the plot's edge; never out of the plot
            double tw = g.textWidth(m.label());
            // wider than the plot (a narrow export at large type): smaller type, every digit kept
            double room = Math.abs(xAxis.screenTo() - xAxis.screenFrom()) - 4;
            if (tw > room && room > 0) {
                g.font(s.font() * 0.85 * room / tw, false);
                tw = g.textWidth(m.label());
            }
            boolean right = x + r + 2 + tw <= xAxis.screenTo();
            double tx = right ? x + r + 2 : Math.max(xAxis.screenFrom() + 2 + tw, x - r - 2);
            g.text(m.label(), tx, y - r, right ? HAlign.LEFT : HAlign.RIGHT, VAlign.BOTTOM);
        }
    }

    static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
