package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Attribution;

/**
 * Issue 28: Tab reaches the charts, the fixed-mode year cursor and the Frames matrix; the arrows then move the compute
 * cursor, the year cursor and the matrix's cell with the keys.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardReachTest {
    private AppState state;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        state = new AppState(BundledDatasets.paper());
        state.setCompute(22);
        TestWindows.show(s, state);
    }

    /** Tabs through the window until a node with one of {@code ids} (or inside it) has the keys; its id. */
    private String tabTo(FxRobot robot, Set<String> ids) {
        for (int i = 0; i < 120; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            for (Node n = stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
                if (n.getId() != null && ids.contains(n.getId())) return n.getId();
            }
        }
        return null;
    }

    @Test
    void tabReachesTheChartsAndTheArrowsMoveTheirCursors(FxRobot robot) {
        robot.clickOn("#compute-slider");
        Set<String> reached = new HashSet<>();
        String id = tabTo(robot, Set.of("loss-chart"));
        assertEquals("loss-chart", id, "Tab reaches the loss chart");
        double before = state.view().log10Compute();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 0.1, state.view().log10Compute(), 1e-6, "Right moves the compute a tenth of a decade");
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before - 0.9, state.view().log10Compute(), 1e-6, "Shift+Left a decade");
        reached.add(id);
        reached.add(tabTo(robot, Set.of("ceg-chart")));
        assertTrue(reached.contains("ceg-chart"), "Tab reaches the CEG chart");
        // the attribution chart in fixed mode: its year cursor by the keys
        robot.interact(() -> state.setMode(Attribution.Mode.FIXED));
        robot.interact(() -> state.setYear(2020));
        assertEquals("attribution-chart", tabTo(robot, Set.of("attribution-chart")), "Tab reaches the fixed-mode year cursor");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2020.1, state.view().year(), 1e-9);
        // the Frames matrix: one Tab stop, then the arrows
        robot.clickOn("Frames");
        String cell = tabTo(robot, Set.of("matrix-0-0"));
        assertEquals("matrix-0-0", cell, "Tab reaches the matrix");
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("matrix-1-1", stage.getScene().getFocusOwner().getId());
    }
}
