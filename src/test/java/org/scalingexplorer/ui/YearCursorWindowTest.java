package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.shape.Line;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.Composition;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.ui.chart.YearChart;

/**
 * The attribution chart's year cursor is a line moved without a layout: it stands where its year is on the chart's
 * linear year axis (equal years apart are equal pixels apart), spans the plot, and follows the chart when the window
 * is resized.
 */
@ExtendWith(ApplicationExtension.class)
class YearCursorWindowTest {
    private Stage stage;
    private AppState state;
    private Composition window;

    @Start
    void start(Stage s) {
        stage = s;
        state = new AppState(BundledDatasets.paper());
        state.setMode(Attribution.Mode.FIXED);
        window = TestWindows.show(s, state);
    }

    private double x(FxRobot robot, YearChart chart, double year) {
        robot.interact(() -> state.setYear(year));
        WaitForAsyncUtils.waitForFxEvents();
        Line line = (Line) chart.lookup(".year-cursor");
        assertTrue(line.isVisible(), "the cursor shows at " + year);
        Bounds plot = chart.lookup("Canvas").getBoundsInParent();
        assertTrue(line.getStartY() >= plot.getMinY() && line.getEndY() <= plot.getMaxY() && line.getEndY() - line.getStartY() > plot.getHeight() / 2,
                "the line spans the plot: " + line + " in " + plot);
        return line.getStartX();
    }

    @Test
    void theCursorStandsAtItsYear(FxRobot robot) {
        YearChart chart = window.sidePanel().attributionChart();
        double x2015 = x(robot, chart, 2015);
        double x2018 = x(robot, chart, 2018);
        double x2024 = x(robot, chart, 2024);
        assertTrue(x2015 < x2018 && x2018 < x2024);
        // linear years: 2018 to 2024 is twice 2015 to 2018, to the pixel the line is snapped to
        assertEquals(2 * (x2018 - x2015), x2024 - x2018, 2.0);
        // the chart's own mapping, through the canvas it draws on
        Canvas canvas = (Canvas) chart.lookup("Canvas");
        assertEquals(Math.floor(chart.screenX(2018)) + 0.5 + canvas.getLayoutX(), x2018, 1e-9);
        // a narrower window: the line follows the chart (the stage is shared with later tests: its width is put back)
        double width = stage.getWidth();
        robot.interact(() -> stage.setWidth(width - 200));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        double narrower = x(robot, chart, 2024);
        assertEquals(Math.floor(chart.screenX(2024)) + 0.5 + canvas.getLayoutX(), narrower, 1e-9);
        // a year past the chart's last shows no line, rather than one drawn beside the plot
        robot.interact(() -> state.setYear(2031));
        WaitForAsyncUtils.waitForFxEvents();
        Line line = (Line) chart.lookup(".year-cursor");
        assertTrue(!line.isVisible() || line.getStartX() <= canvas.getLayoutX() + canvas.getWidth(), "no line off the chart: " + line);
        robot.interact(() -> stage.setWidth(width));
    }
}
