package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.Composition;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.files.Settings;
import org.scalingexplorer.render.LabelLayout;
import org.scalingexplorer.render.LabelSides;
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
        resize(robot, w, h);
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

    /**
     * Issue 28, in the window: dragging the compute cursor over two decades in 100 small steps (each step laid out and
     * drawn as the window does, with the last placement), each label keeps its side of its point (above or below,
     * right or left) unless it must move: a few changes in the whole drag at most.
     */
    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void labelsKeepTheirSideWhileTheCursorIsDraggedInTheWindow(int w, int h, FxRobot robot) {
        resize(robot, w, h);
        LogChart chart = window.explorer().lossChart();
        LabelLayout.Result previous = null;
        LabelSides sides = new LabelSides();
        for (int i = 0; i <= 100; i++) {
            double log10 = 20 + i * 0.02;
            robot.interact(() -> {
                state.setCompute(log10);
                chart.layout();
            });
            LabelLayout.Result r = chart.labelLayout();
            assertNotNull(r, "the overlay was drawn");
            sides.step(previous, r);
            previous = r;
        }
        assertTrue(sides.followed() > 100, "labels were followed: " + sides.followed());
        assertTrue(sides.changes() <= 6, w + "x" + h + ": " + sides.changes() + " side changes in " + sides.followed() + " label steps");
    }

    /**
     * Issue 28's option: View > Label Lines at Their Ends gives every chart the style that names lines at their ends,
     * the loss chart's plot gives up room on its right for the names, and the choice is remembered between runs.
     */
    @Test
    void endLabelsMakeRoomBesideThePlotAndAreRemembered(FxRobot robot) {
        resize(robot, 1280, 800);
        LogChart chart = window.explorer().lossChart();
        robot.interact(chart::layout);
        double plainRight = Math.max(chart.xAxis().screenFrom(), chart.xAxis().screenTo());
        robot.interact(() -> {
            window.explorerVm().endLabelsProperty().set(true);
            chart.layout();
        });
        assertTrue(state.get().view().endLabels(), "the state holds the choice");
        assertTrue(chart.chartStyleProperty().get().endLabels(), "the chart draws with end labels");
        double right = Math.max(chart.xAxis().screenFrom(), chart.xAxis().screenTo());
        // the widest name, "Transformer, Chinchilla allocation", is well over 100 px in 13 px type
        assertTrue(plainRight - right > 100, "the plot made room for the names: " + plainRight + " to " + right);
        Settings saved = Projections.settings(state.get(), 0, 0, 1280, 800, false, List.of(), 30);
        assertTrue(Projections.withSettings(WindowState.of(BundledDatasets.paper()), saved).view().endLabels(), "remembered between runs");
    }

    private void resize(FxRobot robot, int w, int h) {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
    }
}
