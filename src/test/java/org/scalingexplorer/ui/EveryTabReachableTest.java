package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.io.dataset.BundledDatasets;

/**
 * Issue 18: at 1280x800 and 1920x1080, with each side-panel tab shown in turn, every control of the window (the
 * explorer's and the tab's) lies wholly inside the window with room to be seen, and Tab reaches each of them. The
 * headless screen is 1920x1080 (the pom's headless.geometry), so the larger window is not cut by the screen.
 */
@ExtendWith(ApplicationExtension.class)
class EveryTabReachableTest {
    private Stage stage;
    private AppState state;

    @Start
    void start(Stage s) {
        stage = s;
        state = new AppState(BundledDatasets.paper());
        state.setCompute(22);
        TestWindows.show(s, state);
    }

    @ParameterizedTest
    @CsvSource({"1280, 800, LIGHT", "1280, 800, DARK", "1280, 800, HIGH_CONTRAST", "1920, 1080, LIGHT", "1920, 1080, HIGH_CONTRAST"})
    void everyTabsControlsAreVisibleAndReachableWithTab(int w, int h, Theme theme, FxRobot robot) {
        robot.interact(() -> {
            state.setTheme(theme);
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TabPane side = robot.lookup(".side-panel").queryAs(TabPane.class);
        // the compute slider keeps a usable length (it was about 150 px at 1280x800 beside the other controls)
        double slider = robot.lookup("#compute-slider").queryAs(Slider.class).getWidth();
        assertTrue(slider >= 360, theme + " at " + w + "x" + h + ": the compute slider is " + slider + " px");
        for (Tab tab : side.getTabs()) {
            robot.interact(() -> side.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> stage.getScene().getRoot().layout());
            // every tab's title shows whole in the panel's header (the fourth once ran past it in high contrast)
            Bounds panel = side.localToScene(side.getLayoutBounds());
            assertTrue(side.lookupAll(".tab").size() >= side.getTabs().size(), "every tab has its header");
            for (Node header : side.lookupAll(".tab")) {
                Bounds b = header.localToScene(header.getLayoutBounds());
                assertTrue(b.getMaxX() <= panel.getMaxX() + 1, theme + " at " + w + "x" + h + ": a tab's title runs past the panel: " + b + " in " + panel);
            }
            List<Node> controls = new ArrayList<>();
            collect(stage.getScene().getRoot(), controls);
            assertFalse(controls.isEmpty());
            for (Node c : controls) {
                Bounds b = c.localToScene(c.getLayoutBounds());
                String what = tab.getText() + ", " + theme + " at " + w + "x" + h + ": " + describe(c) + " " + b;
                assertTrue(b.getMinX() >= -1 && b.getMaxX() <= w + 1 && b.getMinY() >= -1 && b.getMaxY() <= h + 1, "inside the window: " + what);
                assertTrue(b.getWidth() >= Math.min(16, c.prefWidth(-1)) && b.getHeight() >= 8, "room to be seen: " + what);
            }
            Set<Node> reached = new HashSet<>();
            robot.interact(() -> controls.get(0).requestFocus());
            for (int i = 0; i < 4 * controls.size() + 10 && !reached.containsAll(controls); i++) {
                reached.add(stage.getScene().getFocusOwner());
                robot.type(KeyCode.TAB);
            }
            List<String> missed = controls.stream().filter(c -> !reached.contains(c)).map(EveryTabReachableTest::describe).toList();
            assertTrue(missed.isEmpty(), tab.getText() + " at " + w + "x" + h + ": Tab never reaches " + missed);
        }
    }

    /** The controls a user can Tab to: focus-traversable, shown, enabled; not the parts of a table or a scroll pane. */
    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.isDisabled() || !n.isManaged() && !(n instanceof Parent)) return;
        // of a group of toggles only the selected one is a Tab stop (the arrow keys choose within it), as in any toolkit
        if (n instanceof ToggleButton t && t.getToggleGroup() != null && !t.isSelected()) return;
        if (n instanceof Control c && c.isFocusTraversable() && !(n instanceof ScrollPane)) {
            out.add(n);
            if (n instanceof TableView<?> || n instanceof ComboBoxBase<?>) return;
        }
        if (n instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, out);
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }
}
