package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.ui.explorer.ScalesViewModel;

/**
 * Issue 18: at 1280x800 and 1920x1080, with each side-panel tab shown in turn, every control of the window (the
 * explorer's and the tab's) lies wholly inside the window with room to be seen, and Tab reaches each of them. The
 * headless screen is 1920x1080 (the pom's headless.geometry), so the larger window is not cut by the screen. Issue 28:
 * no text with a number in it is cut, no table's columns run past its edge, and the Frames matrix shows every row.
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
        size(robot, w, h, theme);
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

    /** The window at {@code w} x {@code h} in {@code theme}, laid out. */
    private void size(FxRobot robot, int w, int h, Theme theme) {
        robot.interact(() -> {
            state.setTheme(theme);
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- issue 28: no number cut, the Frames matrix whole -------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"1280, 800, LIGHT, false", "1280, 800, DARK, false", "1280, 800, HIGH_CONTRAST, false", "1920, 1080, HIGH_CONTRAST, false",
        "1280, 800, HIGH_CONTRAST, true"})
    void noNumberIsCut(int w, int h, Theme theme, boolean scalesAssumed, FxRobot robot) {
        size(robot, w, h, theme);
        // with the loss scales assumed comparable (every CEG against LSTM then a number, the kaplan and chinchilla ones marked "*")
        if (scalesAssumed) {
            robot.interact(() -> {
                ScalesViewModel scales = new ScalesViewModel(state);
                for (ScalesViewModel.Pair p : scales.pairs()) scales.setDeclared(p, true);
            });
        }
        TabPane side = robot.lookup(".side-panel").queryAs(TabPane.class);
        List<String> cut = new ArrayList<>();
        for (Tab tab : side.getTabs()) {
            robot.interact(() -> side.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> stage.getScene().getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
            collectCut(stage.getScene().getRoot(), tab.getText(), cut);
        }
        assertTrue(cut.isEmpty(), theme + " at " + w + "x" + h + ", cut: " + cut);
    }

    /**
     * Issue 28: the Frames matrix shows every row inside its viewport and the window at 1280x800, and needs no
     * scrolling at all at 1920x1080.
     */
    @ParameterizedTest
    @CsvSource({"1280, 800, LIGHT", "1280, 800, HIGH_CONTRAST", "1920, 1080, LIGHT", "1920, 1080, HIGH_CONTRAST"})
    void theFramesMatrixShowsEveryRow(int w, int h, Theme theme, FxRobot robot) {
        size(robot, w, h, theme);
        robot.clickOn("Frames");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        ScrollPane scroll = (ScrollPane) robot.lookup("#ceg-matrix").queryAs(Node.class).lookup(".scroll-pane");
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        int cells = 0;
        for (Node cell : robot.lookup("#ceg-matrix .matrix-cell").queryAll()) {
            Bounds b = cell.localToScene(cell.getLayoutBounds());
            assertTrue(b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1 && (w < 1920 || b.getMaxX() <= view.getMaxX() + 1),
                    theme + " at " + w + "x" + h + ": a matrix cell at " + b + " is outside its view " + view);
            assertTrue(b.getMaxY() <= stage.getScene().getHeight(), "inside the window");
            cells++;
        }
        assertEquals(25, cells, "the bundled dataset's five algorithms, pairwise");
    }

    /** Labeled nodes on screen whose shown text is not their whole text, where it holds a digit or titles a column. */
    private static void collectCut(Node n, String tab, List<String> cut) {
        if (!n.isVisible()) return;
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && l.getWidth() > 0) {
            boolean matters = l.getText().chars().anyMatch(Character::isDigit) || l.getStyleClass().contains("label")
                    && l.getParent() != null && l.getParent().getStyleClass().contains("column-header");
            Text shown = (Text) l.lookup(".text");
            if (matters && shown != null && !shown.getText().equals(l.getText()) && !l.isWrapText()) {
                cut.add(tab + ": '" + l.getText() + "' shown as '" + shown.getText() + "'");
            }
        }
        // a table's columns stay inside it (JavaFX's constrained policies let them run past its edge)
        if (n instanceof TableView<?> t && t.getWidth() > 0) {
            double sum = t.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            if (sum > t.getWidth() + 1) cut.add(tab + ": the columns of " + t.getId() + " run " + sum + " px in a " + t.getWidth() + " px table");
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) collectCut(c, tab, cut);
    }

    // ---- issue 28: the charts, the fixed-mode year cursor and the matrix by the keys -------------------------------

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
