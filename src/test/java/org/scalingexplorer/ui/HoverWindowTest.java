package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.Composition;
import org.scalingexplorer.io.dataset.BundledDatasets;

/**
 * Issue 28: a chart's hover box stays inside the window (the attribution chart's, at the window's right edge, ran
 * off it: "net of the..."), names innovations by name (not "chinchilla-rebalancing") and follows a drag.
 */
@ExtendWith(ApplicationExtension.class)
class HoverWindowTest {
    private Composition window;

    @Start
    void start(Stage stage) {
        AppState state = new AppState(BundledDatasets.paper());
        state.setYear(2024);
        window = TestWindows.show(stage, state);
    }

    @Test
    void theAttributionHoverStaysInsideUsesNamesAndFollowsADrag(FxRobot robot) {
        Node chart = robot.lookup("#attribution-chart").query();
        Bounds b = chart.localToScreen(chart.getBoundsInLocal());
        Label hover = (Label) chart.lookup(".chart-hover");
        String found = null;
        double atX = b.getMinX() + b.getWidth() * 0.85;
        // down the chart at about 2023 until the Transformer's band is under the mouse
        for (double y = b.getMaxY() - 40; y > b.getMinY() + 40 && found == null; y -= 6) {
            robot.moveTo(new javafx.geometry.Point2D(atX, y));
            WaitForAsyncUtils.waitForFxEvents();
            if (hover.isVisible() && hover.getText().startsWith("LSTM to Transformer")) found = hover.getText();
        }
        assertNotNull(found, "the Transformer's band is under the mouse somewhere at 2023");
        assertTrue(found.contains("net of Kaplan to Chinchilla rebalancing"), found);
        assertFalse(found.contains("chinchilla-rebalancing"), found);
        Bounds box = hover.localToScreen(hover.getBoundsInLocal());
        Bounds win = window.root().localToScreen(window.root().getBoundsInLocal());
        assertTrue(box.getMaxX() <= win.getMaxX() + 1 && box.getMinX() >= win.getMinX() - 1, "inside the window: " + box + " in " + win);
        // a drag to the left moves the cursor and the box goes with it, saying the new year
        String before = hover.getText();
        robot.press(MouseButton.PRIMARY).moveBy(-b.getWidth() * 0.3, 0);
        WaitForAsyncUtils.waitForFxEvents();
        String during = hover.getText();
        robot.release(MouseButton.PRIMARY);
        assertTrue(hover.isVisible() && !during.equals(before), "the box follows the drag: " + before + " -> " + during);
    }
}
