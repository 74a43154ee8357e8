package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.stage.Stage;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.Composition;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.render.LabelLayout;
import org.scalingexplorer.ui.chart.LogChart;

/**
 * Issue 18, in the window: at 1280x800 and 1920x1080, for the bundled dataset at 10 computes across the slider, no two
 * of the loss chart's label boxes overlap, each lies in the plot, and every label is drawn or counted in "+N more".
 */
@ExtendWith(ApplicationExtension.class)
class LossChartLabelsWindowTest {
    private Stage stage;
    private AppState state;
    private Composition window;

    @Start
    void start(Stage s) {
        stage = s;
        state = new AppState(BundledDatasets.paper());
        window = TestWindows.show(s, state);
    }

    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void atTenComputesNoLabelsCollideAndNoneIsLost(int w, int h, FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        LogChart chart = window.explorer().lossChart();
        int labels = 0;
        for (int i = 0; i < 10; i++) {
            double log10 = window.explorerVm().sliderMinProperty().get()
                    + i * (window.explorerVm().sliderMaxProperty().get() - window.explorerVm().sliderMinProperty().get()) / 9;
            robot.interact(() -> state.setCompute(log10));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> chart.layout());
            LabelLayout.Result r = chart.labelLayout();
            assertNotNull(r, "the overlay was drawn");
            int expected = chart.overlayProperty().get().labels().size();
            assertEquals(expected, r.boxes().size() + r.collapsed().size(), "every label drawn or counted at 1e" + log10);
            List<LabelLayout.Box> all = new ArrayList<>(r.boxes());
            if (r.more() != null) all.add(r.more());
            double[] plot = {Math.min(chart.xAxis().screenFrom(), chart.xAxis().screenTo()), Math.min(chart.yAxis().screenFrom(), chart.yAxis().screenTo()),
                Math.max(chart.xAxis().screenFrom(), chart.xAxis().screenTo()), Math.max(chart.yAxis().screenFrom(), chart.yAxis().screenTo())};
            for (int a = 0; a < all.size(); a++) {
                LabelLayout.Box b = all.get(a);
                assertTrue(b.x() >= plot[0] - 0.5 && b.x() + b.w() <= plot[2] + 0.5 && b.y() >= plot[1] - 0.5 && b.y() + b.h() <= plot[3] + 0.5,
                        "inside the plot " + Arrays.toString(plot) + ": " + b);
                for (int c = a + 1; c < all.size(); c++) {
                    LabelLayout.Box o = all.get(c);
                    boolean overlap = b.x() < o.x() + o.w() && o.x() < b.x() + b.w() && b.y() < o.y() + o.h() && o.y() < b.y() + b.h();
                    assertTrue(!overlap, w + "x" + h + " at 1e" + log10 + ": " + b + " overlaps " + o);
                }
            }
            labels += expected;
        }
        assertTrue(labels >= 20, "labels were there to place: " + labels);
    }
}
