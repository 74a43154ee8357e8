package org.scalingexplorer.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.scalingexplorer.render.Painter.HAlign;
import org.scalingexplorer.render.Painter.VAlign;

/**
 * Where a chart's labels go so that none collides with another and none vanishes: each in a box beside its point
 * (right of it, or left), moved up or down to keep off the curves and construction lines and past the boxes already
 * placed, with a leader line to its point when moved away from it, and shortened with an ellipsis when wider than the plot. A label that finds
 * no room above the plot's bottom is not dropped: it is counted into one "+N more" box at the bottom, which names
 * them as far as it has room.
 */
public final class LabelLayout {
    /** A placed label: its box, and the point it labels (for the leader line). */
    public record Box(ChartData.Label label, String text, double x, double y, double w, double h, double anchorX, double anchorY) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        /** Whether the box was moved far enough from its point to need a line to it. */
        public boolean leader() {
            return anchorY < y - 2 || anchorY > y + h + 2 || anchorX < x - h || anchorX > x + w + h;
        }

        /** Where the leader line meets the box: its near side, at mid-height. */
        double[] leaderEnd() {
            return new double[] {Math.max(x, Math.min(anchorX, x + w)), y + h / 2};
        }
    }

    /** The boxes placed, and the labels collapsed into the "+N more" box (empty when all fit). */
    public record Result(List<Box> boxes, List<ChartData.Label> collapsed, Box more) {
        /** The box of the one label drawn in {@code color}; null when there is none, or more than one. */
        Box of(String color) {
            Box found = null;
            for (Box b : boxes) {
                if (!b.label().color().equals(color)) continue;
                if (found != null) return null;
                found = b;
            }
            return found;
        }
    }

    /** What covering one obstacle point costs a placement: more than any distance within a plot. */
    private static final double COVERED = 10_000;

    private LabelLayout() {
    }

    public static Result place(Painter g, List<ChartData.Label> labels, LogAxis xAxis, LogAxis yAxis, ChartStyle s) {
        return place(g, labels, xAxis, yAxis, s, new Obstacles(), null);
    }

    /**
     * Places the labels top to bottom. Each tries boxes right and left of its point, at its height and stepped up and
     * down from it, and takes the one that covers the fewest {@code obstacles} (curves, construction lines, markers,
     * handles), then the nearest; a box never overlaps one already placed. With the {@code previous} placement (a
     * window redrawing as the cursor moves; null for an export) a label keeps its place beside its point unless moving
     * uncovers at least two more obstacle points, so labels do not jump from step to step.
     */
    public static Result place(Painter g, List<ChartData.Label> labels, LogAxis xAxis, LogAxis yAxis, ChartStyle s, Obstacles obstacles,
                               Result previous) {
        g.font(s.font() * 0.9, true);
        double h = s.font() * 1.35;
        double pad = 4 * s.scale();
        double gap = 6 * s.scale();
        double left = Math.min(xAxis.screenFrom(), xAxis.screenTo()) + 2;
        double right = Math.max(xAxis.screenFrom(), xAxis.screenTo()) - 2;
        double top = Math.min(yAxis.screenFrom(), yAxis.screenTo()) + 2;
        double bottom = Math.max(yAxis.screenFrom(), yAxis.screenTo()) - 2;
        // the "+N more" box keeps the bottom line free
        double lowest = bottom - 2 * h - 2;
        List<ChartData.Label> sorted = new ArrayList<>();
        for (ChartData.Label l : labels) {
            if (!Double.isNaN(xAxis.toScreen(l.x())) && !Double.isNaN(yAxis.toScreen(l.y()))) sorted.add(l);
        }
        sorted.sort(Comparator.comparingDouble(l -> yAxis.toScreen(l.y())));
        List<Box> boxes = new ArrayList<>();
        List<ChartData.Label> collapsed = new ArrayList<>();
        // labels cover at most half the plot's height (a small export would be all labels otherwise); the rest collapse
        int room = Math.max(1, (int) (0.5 * (bottom - top) / (h + 2)));
        for (ChartData.Label l : sorted) {
            if (boxes.size() >= room) {
                collapsed.add(l);
                continue;
            }
            double ax = xAxis.toScreen(l.x());
            double ay = yAxis.toScreen(l.y());
            String text = TornadoRenderer.fit(g, l.text(), right - left - 2 * pad);
            double w = g.textWidth(text) + 2 * pad;
            // beside the point, right then left; and beyond the cursor's line, for a point just beside it
            double cx = obstacles.cursor;
            double[] xs = {ax + gap + w <= right ? ax + gap : Double.NaN, Math.max(left, Math.min(ax - gap - w, right - w)),
                cx > ax && cx + gap + w <= right ? cx + gap : Double.NaN, cx < ax && cx - gap - w >= left ? cx - gap - w : Double.NaN};
            Box before = previous == null ? null : previous.of(l.color());
            Box best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            int steps = (int) Math.ceil((bottom - top) / (h + 2));
            for (int side = 0; side < xs.length; side++) {
                if (Double.isNaN(xs[side])) continue;
                for (int k = -steps; k <= steps; k++) {
                    double y = ay - h - 2 + k * (h + 2);
                    if (y < top || y > lowest) continue;
                    Box b = new Box(l, text, xs[side], y, w, h, ax, ay);
                    if (boxes.stream().anyMatch(b::overlaps)) continue;
                    // no leader line through another label, and no label over another's leader line
                    if (b.leader() && boxes.stream().anyMatch(o -> crosses(b, o))) continue;
                    if (boxes.stream().anyMatch(o -> o.leader() && crosses(o, b))) continue;
                    // a covered curve costs more than any distance; the left side a little more than the right
                    double cost = COVERED * obstacles.inside(b.x() - 1, b.y() - 1, b.w() + 2, b.h() + 2) + Math.abs(k) * (h + 2) + side * gap;
                    boolean stays = before != null && (before.x() >= before.anchorX()) == (b.x() >= ax)
                            && Math.abs((before.y() - before.anchorY()) - (y - ay)) < 0.5;
                    if (before != null && !stays) cost += 1.5 * COVERED;
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = b;
                    }
                }
            }
            if (best == null) collapsed.add(l);
            else boxes.add(best);
        }
        Box more = null;
        if (!collapsed.isEmpty()) {
            StringBuilder names = new StringBuilder("+" + collapsed.size() + " more: ");
            // as many names as a line could hold; the hover lists them all
            for (int i = 0; i < collapsed.size() && names.length() < 600; i++) names.append(i == 0 ? "" : "; ").append(collapsed.get(i).text());
            String text = TornadoRenderer.fit(g, names.toString(), right - left - 2 * pad);
            double w = g.textWidth(text) + 2 * pad;
            more = new Box(null, text, right - w, bottom - h, w, h, right - w, bottom - h);
        }
        return new Result(boxes, collapsed, more);
    }

    /** Whether {@code from}'s leader line (its point to the near side of its box) runs through box {@code other}. */
    static boolean crosses(Box from, Box other) {
        double[] end = from.leaderEnd();
        double x1 = from.anchorX();
        double y1 = from.anchorY();
        // sampled every 2 pixels, as obstacles are: a box is at least a line of text high
        double dx = end[0] - x1;
        double dy = end[1] - y1;
        int parts = (int) Math.ceil(Math.sqrt(dx * dx + dy * dy) / 2);
        for (int i = 0; i <= parts; i++) {
            double px = x1 + dx * i / Math.max(1, parts);
            double py = y1 + dy * i / Math.max(1, parts);
            if (px > other.x() && px < other.x() + other.w() && py > other.y() && py < other.y() + other.h()) return true;
        }
        return false;
    }

    /**
     * Screen points labels keep off, counted on a grid of 4-pixel cells over the plot (lines sampled every 2 pixels, so
     * a steep one is not stepped over); a box's count is read from summed cells, so placing stays quick however many
     * runs a chart draws.
     */
    public static final class Obstacles {
        private static final double CELL = 4;
        private final double x0;
        private final double y0;
        private final int cols;
        private final int rows;
        private final int[] counts;
        private int[] sums;
        /** The cursor's line on screen (NaN: none), which labels may also sit just beyond. */
        double cursor = Double.NaN;

        /** Nothing to keep off. */
        public Obstacles() {
            this(0, 0, 0, 0);
        }

        /** Points inside {@code [x0, x1] x [y0, y1]} (the plot) are counted; others are left out. */
        public Obstacles(double x0, double y0, double x1, double y1) {
            this.x0 = x0;
            this.y0 = y0;
            cols = Math.max(0, (int) Math.min(2000, Math.ceil((x1 - x0) / CELL)));
            rows = Math.max(0, (int) Math.min(2000, Math.ceil((y1 - y0) / CELL)));
            counts = new int[cols * rows];
        }

        private Obstacles(double x0, double y0, int cols, int rows, int[] counts) {
            this.x0 = x0;
            this.y0 = y0;
            this.cols = cols;
            this.rows = rows;
            this.counts = counts;
        }

        public Obstacles point(double x, double y) {
            int c = (int) Math.floor((x - x0) / CELL);
            int r = (int) Math.floor((y - y0) / CELL);
            if (!(c >= 0 && c < cols && r >= 0 && r < rows)) return this;
            counts[r * cols + c]++;
            sums = null;
            return this;
        }

        public Obstacles line(double x1, double y1, double x2, double y2) {
            if (!Double.isFinite(x1) || !Double.isFinite(y1) || !Double.isFinite(x2) || !Double.isFinite(y2)) return this;
            double dx = x2 - x1;
            double dy = y2 - y1;
            // no hypot: its care for overflow costs more than the whole walk, and screen lengths cannot overflow
            int parts = (int) Math.min(2000, Math.ceil(Math.sqrt(dx * dx + dy * dy) / (CELL / 2)));
            for (int i = 0; i <= parts; i++) point(x1 + dx * i / Math.max(1, parts), y1 + dy * i / Math.max(1, parts));
            return this;
        }

        /** The visible curves and points of {@code p}, and the overlay's construction lines, markers and handles. */
        public static Obstacles of(ChartData.Plot p, Set<String> hidden, ChartData.Overlay o, List<ChartData.Handle> handles,
                                   LogAxis x, LogAxis y) {
            return curves(p, hidden, x, y).with(o, handles, x, y);
        }

        /**
         * The visible curves and points of {@code p}: they stay as they are while the cursor moves, so a chart keeps
         * them and adds each overlay to a copy ({@link #with}).
         */
        public static Obstacles curves(ChartData.Plot p, Set<String> hidden, LogAxis x, LogAxis y) {
            Obstacles out = new Obstacles(Math.min(x.screenFrom(), x.screenTo()), Math.min(y.screenFrom(), y.screenTo()),
                    Math.max(x.screenFrom(), x.screenTo()), Math.max(y.screenFrom(), y.screenTo()));
            for (ChartData.Series series : p.series()) {
                if (hidden.contains(series.id())) continue;
                for (ChartData.Line line : series.lines()) {
                    double px = x.toScreen(line.xs()[0]);
                    double py = y.toScreen(line.ys()[0]);
                    for (int i = 1; i < line.xs().length; i++) {
                        double qx = x.toScreen(line.xs()[i]);
                        double qy = y.toScreen(line.ys()[i]);
                        out.line(px, py, qx, qy);
                        px = qx;
                        py = qy;
                    }
                }
                for (int i = 0; i < series.pointXs().length; i++) out.point(x.toScreen(series.pointXs()[i]), y.toScreen(series.pointYs()[i]));
            }
            return out;
        }

        /** A copy of these with the overlay's construction lines, markers and handles added. */
        public Obstacles with(ChartData.Overlay o, List<ChartData.Handle> handles, LogAxis x, LogAxis y) {
            Obstacles out = new Obstacles(x0, y0, cols, rows, counts.clone());
            // the cursor's line, top to bottom, counted thrice: a label it would cut moves aside, even onto a curve
            double cx = x.toScreen(o.cursorX());
            for (int k = 0; k < 3 && Double.isFinite(cx); k++) out.line(cx, y0, cx, y0 + rows * CELL);
            out.cursor = cx;
            for (ChartData.Segment seg : o.segments()) out.line(x.toScreen(seg.x1()), y.toScreen(seg.y1()), x.toScreen(seg.x2()), y.toScreen(seg.y2()));
            for (ChartData.Marker m : o.markers()) out.point(x.toScreen(m.x()), y.toScreen(m.y()));
            for (ChartData.Handle h : handles) out.point(x.toScreen(h.x()), y.toScreen(h.y()));
            return out;
        }

        /** The points in the cells whose centres lie in the box. */
        int inside(double x, double y, double w, double h) {
            if (cols == 0 || rows == 0) return 0;
            if (sums == null) {
                // summed cells: sums[(r + 1) * (cols + 1) + c + 1] holds the points in rows 0..r and columns 0..c
                sums = new int[(rows + 1) * (cols + 1)];
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        sums[(r + 1) * (cols + 1) + c + 1] = counts[r * cols + c] + sums[r * (cols + 1) + c + 1] + sums[(r + 1) * (cols + 1) + c]
                                - sums[r * (cols + 1) + c];
                    }
                }
            }
            int c0 = Math.max(0, (int) Math.ceil((x - x0) / CELL - 0.5));
            int c1 = Math.min(cols - 1, (int) Math.floor((x + w - x0) / CELL - 0.5));
            int r0 = Math.max(0, (int) Math.ceil((y - y0) / CELL - 0.5));
            int r1 = Math.min(rows - 1, (int) Math.floor((y + h - y0) / CELL - 0.5));
            if (c0 > c1 || r0 > r1) return 0;
            int w1 = cols + 1;
            return sums[(r1 + 1) * w1 + c1 + 1] - sums[r0 * w1 + c1 + 1] - sums[(r1 + 1) * w1 + c0] + sums[r0 * w1 + c0];
        }
    }

    /** Draws the boxes (each with its leader line when moved away from its point) and the "+N more" box. */
    public static void draw(Painter g, Result r, ChartStyle s) {
        g.font(s.font() * 0.9, true);
        for (Box b : r.boxes()) {
            Rgba c = s.series(b.label().color());
            if (b.leader()) {
                g.stroke(c);
                g.lineWidth(s.scale());
                g.dashes();
                double[] end = b.leaderEnd();
                g.line(b.anchorX(), b.anchorY(), end[0], end[1]);
            }
            box(g, b, c, s);
        }
        if (r.more() != null) box(g, r.more(), s.muted(), s);
    }

    private static void box(Painter g, Box b, Rgba edge, ChartStyle s) {
        g.fill(s.labelBackground());
        g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 6);
        g.stroke(edge);
        g.lineWidth(1.2 * s.scale());
        g.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 6);
        g.fill(s.foreground());
        g.text(b.text(), b.x() + 4 * s.scale(), b.y() + b.h() / 2, HAlign.LEFT, VAlign.CENTER);
    }
}
