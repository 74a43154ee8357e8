package org.scalingexplorer.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.scalingexplorer.render.Painter.HAlign;
import org.scalingexplorer.render.Painter.VAlign;

/**
 * Where a chart's labels go so that none collides with another and none vanishes: each in a box beside its point
 * (right of it, or left where the right has no room), pushed down past the boxes already placed, with a leader line
 * to its point when pushed away from it, and shortened with an ellipsis when wider than the plot. A label that finds
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
    }

    /** The boxes placed, and the labels collapsed into the "+N more" box (empty when all fit). */
    public record Result(List<Box> boxes, List<ChartData.Label> collapsed, Box more) {
    }

    private LabelLayout() {
    }

    public static Result place(Painter g, List<ChartData.Label> labels, LogAxis xAxis, LogAxis yAxis, ChartStyle s) {
        g.font(s.font() * 0.9, true);
        double h = s.font() * 1.35;
        double pad = 4 * s.scale();
        double left = Math.min(xAxis.screenFrom(), xAxis.screenTo()) + 2;
        double right = Math.max(xAxis.screenFrom(), xAxis.screenTo()) - 2;
        double top = Math.min(yAxis.screenFrom(), yAxis.screenTo()) + 2;
        double bottom = Math.max(yAxis.screenFrom(), yAxis.screenTo()) - 2;
        List<ChartData.Label> sorted = new ArrayList<>();
        for (ChartData.Label l : labels) {
            if (!Double.isNaN(xAxis.toScreen(l.x())) && !Double.isNaN(yAxis.toScreen(l.y()))) sorted.add(l);
        }
        sorted.sort(Comparator.comparingDouble(l -> yAxis.toScreen(l.y())));
        List<Box> boxes = new ArrayList<>();
        List<ChartData.Label> collapsed = new ArrayList<>();
        for (ChartData.Label l : sorted) {
            double ax = xAxis.toScreen(l.x());
            double ay = yAxis.toScreen(l.y());
            String text = TornadoRenderer.fit(g, l.text(), right - left - 2 * pad);
            double w = g.textWidth(text) + 2 * pad;
            // right of the point, or left of it where the right has no room
            double x = ax + 6 * s.scale() + w <= right ? ax + 6 * s.scale() : Math.max(left, Math.min(ax - 6 * s.scale() - w, right - w));
            Box b = new Box(l, text, x, Math.max(top, ay - h - 2), w, h, ax, ay);
            for (boolean moved = true; moved; ) {
                moved = false;
                for (Box o : boxes) {
                    if (b.overlaps(o)) {
                        b = new Box(l, text, x, o.y() + o.h() + 2, w, h, ax, ay);
                        moved = true;
                    }
                }
            }
            // the "+N more" box keeps the bottom line free
            if (b.y() + h > bottom - h - 2) collapsed.add(l);
            else boxes.add(b);
        }
        Box more = null;
        if (!collapsed.isEmpty()) {
            StringBuilder names = new StringBuilder("+" + collapsed.size() + " more: ");
            for (int i = 0; i < collapsed.size(); i++) names.append(i == 0 ? "" : "; ").append(collapsed.get(i).text());
            String text = TornadoRenderer.fit(g, names.toString(), right - left - 2 * pad);
            double w = g.textWidth(text) + 2 * pad;
            more = new Box(null, text, right - w, bottom - h, w, h, right - w, bottom - h);
        }
        return new Result(boxes, collapsed, more);
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
                g.line(b.anchorX(), b.anchorY(), Math.max(b.x(), Math.min(b.anchorX(), b.x() + b.w())), b.y() + b.h() / 2);
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
