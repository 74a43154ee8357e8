package org.scalingexplorer.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.scalingexplorer.render.Painter.HAlign;
import org.scalingexplorer.render.Painter.VAlign;

/**
 * End-of-line labels (an option of {@link ChartStyle#endLabels()}): each drawn line's name in its colour in a margin
 * right of the plot, level with where the line leaves the plot, as Our World in Data's line charts label them. They
 * depend only on the lines and the axes, never on the cursor, so they stay put while the cursor is dragged or a
 * playback runs. Names too close to share a height are pushed apart, keeping their order; where the margin is too
 * short for every name, the type gets smaller, and what still does not fit is counted in a last "+N more" line.
 */
final class EndLabels {
    /** A placed name: its wrapped lines, colour, top-left corner, height, and the height of the line's end it labels. */
    record Placed(String seriesId, List<String> lines, Rgba color, double x, double y, double h, double anchorY) {
    }

    /** The placed names and the font size they use. */
    record Layout(List<Placed> labels, double fontSize) {
    }

    /** The widest the margin gets, as a share of the chart's width. */
    static final double MAX_SHARE = 0.25;

    private EndLabels() {
    }

    /** A name to place: its text and colour, and the height of the end it labels. */
    record Track(String id, String text, Rgba color, double anchorY) {
    }

    /** The room right of the plot the names take: the widest name (at most a quarter of {@code w}) and a gap. */
    static double room(Painter g, ChartData.Plot p, double w, ChartStyle s) {
        return room(g, p.series().stream().filter(series -> !series.lines().isEmpty()).map(EndLabels::text).toList(), w, s);
    }

    /** The same for any names; a chart's usual right margin when there are none. */
    static double room(Painter g, List<String> texts, double w, ChartStyle s) {
        g.font(s.font(), false);
        double widest = 0;
        double word = 0;
        for (String t : texts) {
            widest = Math.max(widest, g.textWidth(t));
            for (String part : t.split(" ")) word = Math.max(word, g.textWidth(part));
        }
        if (widest == 0) return LogChartRenderer.right(s);
        // names wrap to a quarter of the chart, but never narrower than their longest word ("(scale-dependent)")
        return Math.min(widest, Math.max(MAX_SHARE * w, word)) + gap(s) + 4 * s.scale();
    }

    /** What end labels name: each band (at the middle of its last year, where it has height) and each line. */
    static List<String> names(YearData.Plot p) {
        List<String> names = new ArrayList<>();
        for (YearData.Band b : p.bands()) names.add(bandName(b));
        for (YearData.Line l : p.lines()) names.add(l.name());
        return names;
    }

    /** A band's name as the legend gives it. */
    static String bandName(YearData.Band b) {
        return b.name() + (b.hatched() ? " (scale-dependent)" : "");
    }

    static List<Track> tracks(YearData.Plot p, YearChartRenderer.Frame f, ChartStyle s) {
        List<Track> tracks = new ArrayList<>();
        int last = p.years().length - 1;
        for (YearData.Band b : p.bands()) {
            if (!(b.upper()[last] - b.lower()[last] > 1e-9)) continue;
            double y = f.yAxis().toScreen(Math.pow(10, (b.upper()[last] + b.lower()[last]) / 2));
            if (y >= f.yTop() && y <= f.yBottom()) tracks.add(new Track(b.name(), bandName(b), s.series(b.color()), y));
        }
        for (YearData.Line l : p.lines()) {
            for (int k = last; k >= 0; k--) {
                double y = f.yAxis().toScreen(l.values()[k]);
                if (Double.isNaN(y)) continue;
                tracks.add(new Track(l.id(), l.name(), s.series(l.color()), Math.max(f.yTop(), Math.min(f.yBottom(), y))));
                break;
            }
        }
        return tracks;
    }

    /** A line's name, with its badge as the legend gives it (a law on another loss scale says so here too). */
    static String text(ChartData.Series series) {
        return series.badge().isEmpty() ? series.name() : series.name() + " [" + series.badge() + "]";
    }

    private static double gap(ChartStyle s) {
        return 12 * s.scale();
    }

    /** Places the names of the shown series that have a line inside the plot. */
    static Layout place(Painter g, ChartData.Plot p, Set<String> hidden, LogAxis xAxis, LogAxis yAxis, double w, ChartStyle s) {
        List<Track> tracks = new ArrayList<>();
        for (ChartData.Series series : p.series()) {
            if (hidden.contains(series.id())) continue;
            double[] end = null;
            for (ChartData.Line line : series.lines()) {
                double[] e = end(line, xAxis, yAxis);
                if (e != null && (end == null || e[0] > end[0])) end = e;
            }
            if (end != null) tracks.add(new Track(series.id(), text(series), s.series(series.color()), end[1]));
        }
        double right = Math.max(xAxis.screenFrom(), xAxis.screenTo());
        return place(g, tracks, right, w, Math.min(yAxis.screenFrom(), yAxis.screenTo()), Math.max(yAxis.screenFrom(), yAxis.screenTo()), s);
    }

    /**
     * Places {@code tracks}' names in the margin between the plot's right edge {@code right} and the chart's width
     * {@code w}, from {@code top} to {@code bottom}: level with their ends where there is room, pushed apart in their
     * ends' order where not, in smaller type or counted as "+N more" when crowded.
     */
    static Layout place(Painter g, List<Track> tracks, double right, double w, double top, double bottom, ChartStyle s) {
        double left = right + gap(s);
        double width = w - left - 2 * s.scale();
        List<Track> order = new ArrayList<>(tracks);
        order.sort(Comparator.comparingDouble(Track::anchorY));
        Layout last = null;
        for (double k : new double[] {1, 0.9, 0.8, 0.7, 0.6}) {
            last = stack(g, order, left, width, top, bottom, s.font() * k, s);
            if (last.labels().size() == order.size()) return last;
        }
        return last;
    }

    /** Stacks the names in the order of their ends, in type of {@code size}; collapses what does not fit. */
    private static Layout stack(Painter g, List<Track> order, double left, double width, double top, double bottom, double size, ChartStyle s) {
        g.font(size, false);
        double lineH = size * 1.25;
        List<List<String>> texts = new ArrayList<>();
        double total = 0;
        for (Track t : order) {
            List<String> lines = Header.wrap(g, t.text(), width);
            if (lines.isEmpty()) lines = List.of("");
            texts.add(lines);
            total += lines.size() * lineH + 2;
        }
        int shown = order.size();
        if (total > bottom - top) {
            // keep as many as fit with one line left for "+N more"
            double used = lineH + 2;
            shown = 0;
            while (shown < order.size() && used + texts.get(shown).size() * lineH + 2 <= bottom - top) used += texts.get(shown++).size() * lineH + 2;
        }
        List<Placed> placed = new ArrayList<>();
        double next = top;
        for (int k = 0; k < shown; k++) {
            Track t = order.get(k);
            double h = texts.get(k).size() * lineH;
            double y = Math.max(next, t.anchorY() - h / 2);
            placed.add(new Placed(t.id(), texts.get(k), t.color(), left, y, h, t.anchorY()));
            next = y + h + 2;
        }
        double floor = bottom - (shown < order.size() ? lineH + 2 : 0);
        // pushed past the bottom: move back up, each no lower than the one below allows
        for (int k = placed.size() - 1; k >= 0; k--) {
            Placed b = placed.get(k);
            if (b.y() + b.h() <= floor) break;
            double y = Math.max(top, floor - b.h());
            placed.set(k, new Placed(b.seriesId(), b.lines(), b.color(), b.x(), y, b.h(), b.anchorY()));
            floor = y - 2;
        }
        if (shown < order.size()) {
            placed.add(new Placed("", List.of("+" + (order.size() - shown) + " more"), s.muted(), left, bottom - lineH, lineH, Double.NaN));
        }
        return new Layout(placed, size);
    }

    /**
     * Where a line leaves the plot on the right: the visible point of greatest x, found by clipping each segment to
     * the plot; null when no part of the line is inside.
     */
    static double[] end(ChartData.Line line, LogAxis xAxis, LogAxis yAxis) {
        double x0 = Math.min(xAxis.screenFrom(), xAxis.screenTo());
        double x1 = Math.max(xAxis.screenFrom(), xAxis.screenTo());
        double y0 = Math.min(yAxis.screenFrom(), yAxis.screenTo());
        double y1 = Math.max(yAxis.screenFrom(), yAxis.screenTo());
        double[] best = null;
        double px = Double.NaN;
        double py = Double.NaN;
        for (int i = 0; i < line.xs().length; i++) {
            double x = xAxis.toScreen(line.xs()[i]);
            double y = yAxis.toScreen(line.ys()[i]);
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                px = Double.NaN;
                continue;
            }
            double[] e = Double.isNaN(px) ? inside(x, y, x0, x1, y0, y1) : clipEnd(px, py, x, y, x0, x1, y0, y1);
            if (e != null && (best == null || e[0] > best[0])) best = e;
            px = x;
            py = y;
        }
        return best;
    }

    private static double[] inside(double x, double y, double x0, double x1, double y0, double y1) {
        return x >= x0 && x <= x1 && y >= y0 && y <= y1 ? new double[] {x, y} : null;
    }

    /** The right end of the segment's part inside the rectangle (Liang-Barsky), or null when none is inside. */
    private static double[] clipEnd(double ax, double ay, double bx, double by, double x0, double x1, double y0, double y1) {
        double dx = bx - ax;
        double dy = by - ay;
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {ax - x0, x1 - ax, ay - y0, y1 - ay};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) return null;
                continue;
            }
            double t = q[k] / p[k];
            if (p[k] < 0) t0 = Math.max(t0, t);
            else t1 = Math.min(t1, t);
            if (t0 > t1) return null;
        }
        double[] a = {ax + t0 * dx, ay + t0 * dy};
        double[] b = {ax + t1 * dx, ay + t1 * dy};
        return a[0] >= b[0] ? a : b;
    }

    /** Draws the names, each with a short tick from the plot's edge when it had to move off its line's height. */
    static void draw(Painter g, Layout layout, double plotRight, ChartStyle s) {
        g.font(layout.fontSize(), false);
        double lineH = layout.fontSize() * 1.25;
        for (Placed p : layout.labels()) {
            double mid = p.y() + Math.min(p.h(), lineH) / 2;
            if (Double.isFinite(p.anchorY()) && Math.abs(mid - p.anchorY()) > 2) {
                g.stroke(p.color());
                g.lineWidth(s.scale());
                g.line(plotRight + 1, p.anchorY(), p.x() - 2, mid);
            }
            g.fill(p.color());
            for (int i = 0; i < p.lines().size(); i++) g.text(p.lines().get(i), p.x(), p.y() + i * lineH + lineH / 2, HAlign.LEFT, VAlign.CENTER);
        }
    }
}
