package org.scalingexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.figure.ExplorerFigure;
import org.scalingexplorer.figure.FigureState;
import org.scalingexplorer.io.BundledDatasets;

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
                List<ChartData.Label> labels = ExplorerFigure.cursor(state).loss().labels();
                LogAxis[] axes = LogChartRenderer.axes(plot, size[0], size[1], s);
                LabelLayout.Result r = LabelLayout.place(g, labels, axes[0], axes[1], s);
                List<LabelLayout.Box> all = new ArrayList<>(r.boxes());
                if (r.more() != null) all.add(r.more());
                for (int a = 0; a < all.size(); a++) {
                    LabelLayout.Box b = all.get(a);
                    assertTrue(b.x() >= axes[0].screenFrom() && b.x() + b.w() <= axes[0].screenTo() + 0.5, "inside the plot: " + b);
                    assertTrue(b.y() >= axes[1].screenTo() && b.y() + b.h() <= axes[1].screenFrom() + 0.5, "inside the plot: " + b);
                    for (int c = a + 1; c < all.size(); c++) assertTrue(!b.overlaps(all.get(c)), b + " overlaps " + all.get(c));
                }
                long drawable = labels.stream().filter(l -> !Double.isNaN(axes[0].toScreen(l.x())) && !Double.isNaN(axes[1].toScreen(l.y()))).count();
                assertEquals(drawable, r.boxes().size() + r.collapsed().size(), "every label placed or counted");
                if (!r.collapsed().isEmpty()) assertTrue(r.more().text().startsWith("+" + r.collapsed().size() + " more"), r.more().text());
                checked += labels.size();
            }
        }
        assertTrue(checked > 30, "labels were there to place: " + checked);
    }
}
