package org.scalingexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.figure.ExplorerFigure;
import org.scalingexplorer.figure.FigureState;
import org.scalingexplorer.io.dataset.BundledDatasets;

/**
 * Issue 18: for the bundled dataset at 10 computes across the slider, in the loss chart at the sizes the window has
 * at 1280x800 and 1920x1080, no two labels' boxes overlap, none leaves the plot, and none is lost (those with no
 * room are counted in the "+N more" box).
 */
class LabelLayoutTest {
    @Test
    void atTenComputesNoLabelsCollideAndNoneIsLost() {
        Painter g = BarsRendererTest.painter();
        ChartStyle s = ChartStyle.light();
        int checked = 0;
        for (double[] size : new double[][] {{560, 420}, {860, 600}, {360, 260}}) {
            for (int i = 0; i < 10; i++) {
                double log10 = 12 + i * 16 / 9.0;
                FigureState state = FigureState.of(BundledDatasets.paper()).withCompute(Math.pow(10, log10));
                ChartData.Plot plot = ExplorerFigure.loss(state);
                ChartData.Overlay overlay = ExplorerFigure.cursor(state).loss();
                List<ChartData.Label> labels = overlay.labels();
                LogAxis[] axes = LogChartRenderer.axes(plot, size[0], size[1], s, g);
                // as the chart places them: off the curves and the construction lines
                LabelLayout.Result r = LabelLayout.place(g, labels, axes[0], axes[1], s,
                        LabelLayout.Obstacles.of(plot, Set.of(), overlay, List.of(), axes[0], axes[1]), null);
                List<LabelLayout.Box> all = new ArrayList<>(r.boxes());
                if (r.more() != null) all.add(r.more());
                for (int a = 0; a < all.size(); a++) {
                    LabelLayout.Box b = all.get(a);
                    assertTrue(b.x() >= axes[0].screenFrom() && b.x() + b.w() <= axes[0].screenTo() + 0.5, "inside the plot: " + b);
                    assertTrue(b.y() >= axes[1].screenTo() && b.y() + b.h() <= axes[1].screenFrom() + 0.5, "inside the plot: " + b);
                    for (int c = a + 1; c < all.size(); c++) assertTrue(!b.overlaps(all.get(c)), b + " overlaps " + all.get(c));
                    // issue 28: no leader line through another label; the cursor's line through no label
                    for (LabelLayout.Box o : all) assertTrue(o == b || !b.leader() || !LabelLayout.crosses(b, o), b + "'s leader crosses " + o);
                    double cx = axes[0].toScreen(overlay.cursorX());
                    boolean fits = b.w() + 12 <= cx - axes[0].screenFrom() || b.w() + 12 <= axes[0].screenTo() - cx;
                    assertTrue(!fits || !(cx > b.x() + 0.5 && cx < b.x() + b.w() - 0.5), "the cursor line at " + cx + " cuts " + b);
                }
                long drawable = labels.stream().filter(l -> !Double.isNaN(axes[0].toScreen(l.x())) && !Double.isNaN(axes[1].toScreen(l.y()))).count();
                assertEquals(drawable, r.boxes().size() + r.collapsed().size(), "every label placed or counted");
                if (!r.collapsed().isEmpty()) assertTrue(r.more().text().startsWith("+" + r.collapsed().size() + " more"), r.more().text());
                checked += labels.size();
            }
        }
        assertTrue(checked > 30, "labels were there to place: " + checked);
    }

    /** The grid counts what a box covers as counting the points one by one would (to its 4-pixel cells). */
    @Test
    void obstaclesAreCountedPerBox() {
        LabelLayout.Obstacles o = new LabelLayout.Obstacles(0, 0, 400, 300).point(10, 10).point(50, 12).point(100, 100).point(500, 10);
        assertEquals(2, o.inside(0, 0, 60, 20));
        assertEquals(1, o.inside(40, 0, 20, 20));
        assertEquals(3, o.inside(0, 0, 400, 300), "the point outside the plot is left out");
        assertEquals(0, o.inside(200, 200, 50, 50));
        assertEquals(0, new LabelLayout.Obstacles().point(10, 10).inside(0, 0, 400, 300), "nothing to keep off");
    }

    /** A curve through where the label would sit by default: the box moves one step off it, not onto it. */
    @Test
    void aLabelKeepsOffTheCurves() {
        Painter g = BarsRendererTest.painter();
        ChartStyle s = ChartStyle.light();
        LogAxis x = new LogAxis(1, 1e4, 0, 400);
        LogAxis y = new LogAxis(1, 1e4, 300, 0);
        ChartData.Label label = new ChartData.Label(10, 100, "#0072B2", "Transformer (2017): 259× less compute");
        double h = s.font() * 1.35;
        // by default the box spans ay - h - 2 to ay - 2 right of the point; a line at ay - h / 2 runs through it
        double ay = y.toScreen(100);
        LabelLayout.Obstacles curve = new LabelLayout.Obstacles(0, 0, 400, 300).line(0, ay - h / 2, 400, ay - h / 2);
        LabelLayout.Box free = LabelLayout.place(g, List.of(label), x, y, s).boxes().get(0);
        assertEquals(ay - h - 2, free.y(), 1e-9, "with nothing in the way: just above its point");
        LabelLayout.Box moved = LabelLayout.place(g, List.of(label), x, y, s, curve, null).boxes().get(0);
        assertTrue(moved.y() > ay - h / 2 || moved.y() + moved.h() < ay - h / 2, "off the line: " + moved);
        // one step up and one step down are as near; the tie goes up, where the label sat anyway: ay - h - 2 - (h + 2)
        assertEquals(ay - 2 * h - 4, moved.y(), 1e-9, "the nearest free place");
        assertTrue(moved.leader(), "a line to its point when moved away");
        // the next step, with the curve gone: a window's label stays where it was rather than jump back
        LabelLayout.Result before = LabelLayout.place(g, List.of(label), x, y, s, curve, null);
        assertEquals(moved.y(), LabelLayout.place(g, List.of(label), x, y, s, new LabelLayout.Obstacles(), before).boxes().get(0).y(), 1e-9);
        // but a place the curve now runs through is left for a free one
        LabelLayout.Result atRest = LabelLayout.place(g, List.of(label), x, y, s);
        assertEquals(moved.y(), LabelLayout.place(g, List.of(label), x, y, s, curve, atRest).boxes().get(0).y(), 1e-9);
    }

    /**
     * Issue 28: dragging the cursor over two decades in small steps, each label keeps its side of its point (above or
     * below, right or left) from step to step unless it must move: at most a few changes in the whole drag, where the
     * drag once made labels swap between above and below again and again.
     */
    @Test
    void labelsKeepTheirSideWhileTheCursorIsDragged() {
        Painter g = BarsRendererTest.painter();
        ChartStyle s = ChartStyle.light();
        LabelLayout.Result previous = null;
        LabelSides sides = new LabelSides();
        for (int i = 0; i <= 100; i++) {
            FigureState state = FigureState.of(BundledDatasets.paper()).withCompute(Math.pow(10, 20 + i * 0.02));
            ChartData.Plot plot = ExplorerFigure.loss(state);
            ChartData.Overlay overlay = ExplorerFigure.cursor(state).loss();
            LogAxis[] axes = LogChartRenderer.axes(plot, 820, 600, s, g);
            LabelLayout.Result r = LabelLayout.place(g, overlay.labels(), axes[0], axes[1], s,
                    LabelLayout.Obstacles.of(plot, Set.of(), overlay, List.of(), axes[0], axes[1]), previous);
            sides.step(previous, r);
            previous = r;
        }
        assertTrue(sides.followed() > 100, "labels were followed: " + sides.followed());
        assertTrue(sides.changes() <= 6, sides.changes() + " side changes in " + sides.followed() + " label steps");
    }
}
