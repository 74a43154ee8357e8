package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Pos;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.Composition;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.ui.explorer.CegRowSlot;

/** Drives the real window (headless, Monocle) the way a user does and checks what it shows against the engine. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    private final Dataset paper = BundledDatasets.paper();
    private AppState state;
    private Composition window;

    @Start
    void start(Stage stage) {
        state = new AppState(paper);
        state.setCompute(22);
        window = TestWindows.show(stage, state);
    }

    /** The CEG column as the table shows it, row by row. */
    private List<String> shownCegs(FxRobot robot) {
        TableView<CegRowSlot> table = robot.lookup("#ceg-table").queryTableView();
        return table.getItems().stream().map(r -> (String) table.getColumns().get(3).getCellData(r)).toList();
    }

    /** What the engine says each row should show at the state's compute, reference and anchor. */
    private List<String> engineCegs() {
        var reference = paper.algorithm(state.view().reference());
        var ref = reference.law();
        // losses on another scale than the reference's (the dataset declares each algorithm's) have no CEG
        return paper.algorithms().stream()
                .map(a -> !a.lossScale().equals(reference.lossScale()) ? "not comparable"
                        : Numbers.format(Ceg.between(ref, a.law(), state.view().anchor(), state.compute()).value()) + "×")
                .toList();
    }

    /** New decade labels show whole at once: the slider's axis fades them in over 750 ms otherwise (faint in a screenshot). */
    @Test
    void theSlidersDecadesShowAtOnceWhenItsRangeChanges(FxRobot robot) {
        robot.interact(() -> state.update(s -> new WindowState(s.work(), s.notable(), s.story(), s.view(), new WindowState.Slider(8, 32))));
        List<Text> labels = robot.lookup("#compute-slider .axis").queryAs(Axis.class).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text t && t.isVisible()).map(Text.class::cast).toList();
        assertTrue(labels.stream().anyMatch(t -> t.getText().equals(Numbers.decade(8))), "the new range's labels are there");
        for (Text t : labels) assertEquals(1.0, t.getOpacity(), t.getText());
    }

    @Test
    void keyboardMovesTheCursorByTenthsAndDecades(FxRobot robot) {
        robot.clickOn("#compute-slider");
        robot.interact(() -> state.setCompute(22));
        robot.type(KeyCode.RIGHT);
        assertEquals(22.1, state.view().log10Compute(), 1e-12);
        robot.type(KeyCode.PAGE_UP);
        assertEquals(23.1, state.view().log10Compute(), 1e-12);
        robot.type(KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN, KeyCode.LEFT);
        assertEquals(21.0, state.view().log10Compute(), 1e-12);
        assertEquals(engineCegs(), shownCegs(robot));
        TextField field = robot.lookup("#compute-field").queryAs(TextField.class);
        assertEquals("1.00×10²¹", field.getText());
        robot.type(KeyCode.END);
        assertEquals(window.explorerVm().sliderMaxProperty().get(), state.view().log10Compute());
        robot.type(KeyCode.HOME);
        assertEquals(window.explorerVm().sliderMinProperty().get(), state.view().log10Compute());
        assertEquals(engineCegs(), shownCegs(robot));
    }

    /** Algorithms > Loss Scales assumes the two scales comparable: the table then shows the CEG, marked; Undo takes it back. */
    @Test
    void theLossScalesMenuDeclaresTheScalesComparableAndUndoTakesItBack(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu algorithms = bar.getMenus().stream().filter(m -> m.getText().equals("_Algorithms")).findFirst().orElseThrow();
        Menu scales = (Menu) algorithms.getItems().stream()
                .filter(i -> "scales-menu".equals(i.getId())).findFirst().orElseThrow();
        CheckMenuItem item = (CheckMenuItem) scales.getItems().get(0);
        assertEquals("Assume C4 (GPT-2 tokenizer) and MassiveText (Hoffmann et al.'s tokenizer) Comparable (What-if)", item.getText());
        int kaplan = paper.algorithms().indexOf(paper.algorithm("kaplan-allocation"));
        assertEquals("not comparable", shownCegs(robot).get(kaplan));
        robot.interact(() -> {
            item.setSelected(true);
            item.fire();
        });
        assertTrue(shownCegs(robot).get(kaplan).endsWith("× *"), shownCegs(robot).get(kaplan));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("not comparable", shownCegs(robot).get(kaplan));
    }

    @Test
    void everyControlIsReachableWithTab(FxRobot robot) {
        robot.clickOn("#reference");
        robot.type(KeyCode.ESCAPE);
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.TAB);
            Node focus = robot.lookup("#reference").query().getScene().getFocusOwner();
            if (focus != null && focus.getId() != null) reached.add(focus.getId());
        }
        assertTrue(reached.containsAll(Set.of("anchor-reference", "compute-slider", "compute-field", "ceg-table")), reached.toString());
    }

    @Test
    void draggingTheSliderUpdatesTheTable(FxRobot robot) {
        double before = state.view().log10Compute();
        robot.drag("#compute-slider .thumb").moveBy(-150, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, state.view().log10Compute());
        assertTrue(state.view().log10Compute() < before);
        assertEquals(engineCegs(), shownCegs(robot));
        Slider slider = robot.lookup("#compute-slider").queryAs(Slider.class);
        assertEquals(state.view().log10Compute(), slider.getValue(), 1e-12);
    }

    @Test
    void changingTheReferenceAndTheAnchor(FxRobot robot) {
        robot.clickOn("#reference");
        Node item = robot.lookup(".combo-box-popup .list-cell")
                .match((Labeled l) -> "Transformer (2017)".equals(l.getText())).query();
        robot.clickOn(item);
        assertEquals("transformer-2017", state.view().reference());
        assertEquals(engineCegs(), shownCegs(robot));
        assertTrue(robot.lookup(".chart-title").queryLabeled().getText().contains("Reference: Transformer (2017)"));
        robot.clickOn("#anchor-candidate");
        assertEquals(Anchor.CANDIDATE, state.view().anchor());
        assertEquals(engineCegs(), shownCegs(robot));
        assertTrue(robot.lookup(".chart-title").queryLabeled().getText().contains("anchored at the candidate"));
        robot.clickOn("#anchor-candidate");
        assertEquals(Anchor.CANDIDATE, state.view().anchor(), "clicking the selected side keeps it selected");
    }

    @Test
    void typingACompute(FxRobot robot) {
        robot.doubleClickOn("#compute-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("250 PF-days").type(KeyCode.ENTER);
        assertEquals(Math.log10(2.16e22), state.view().log10Compute(), 1e-12);
        assertEquals(engineCegs(), shownCegs(robot));
        TextField field = robot.lookup("#compute-field").queryAs(TextField.class);
        assertEquals("2.16×10²²", field.getText());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("lots of FLOP").type(KeyCode.ENTER);
        assertTrue(field.getStyleClass().contains("invalid"));
        assertEquals(Math.log10(2.16e22), state.view().log10Compute(), 1e-12, "a bad entry leaves the cursor where it was");
    }

    @Test
    void aBadFileShowsEveryProblemAndKeepsTheDataset(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.scaling.json");
        Files.writeString(bad, "{\n  \"format\": \"scaling-explorer-dataset\",\n  \"version\": 1,\n  \"algorithms\": [\n"
                + "    {\"id\": \"x\", \"name\": \"X\", \"law\": {\"type\": \"power\", \"A\": 2, \"alpha\": 0.3}}\n  ],\n  \"colour\": 3\n}\n");
        Dataset before = state.dataset();
        robot.interact(() -> window.shellVm().open(bad));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#problem-list").tryQuery().isPresent());
        String problems = robot.lookup("#problem-list").queryAs(TextArea.class).getText();
        assertTrue(problems.contains("algorithms[0].law.alpha: expected a negative number, at least -5, got 0.3 (line 5, column"), problems);
        assertTrue(problems.contains("colour: unknown field"), problems);
        assertSame(before, state.dataset());
        assertEquals(engineCegs(), shownCegs(robot));
        robot.type(KeyCode.ENTER);
    }

    @Test
    void clickingTheChartMovesTheCursorThere(FxRobot robot) {
        var chart = window.explorer().lossChart();
        double before = state.view().log10Compute();
        robot.clickOn(robot.point(chart).atPosition(Pos.CENTER));
        double after = state.view().log10Compute();
        assertNotEquals(before, after);
        assertEquals(engineCegs(), shownCegs(robot));
        assertEquals(Math.pow(10, after), window.explorerVm().lossOverlayProperty().get().cursorX(), Math.pow(10, after) * 1e-9);
    }

    /** Issue 18: a double-click resets the zoom and leaves the compute cursor where it was; a single click moves it. */
    @Test
    void aDoubleClickResetsTheZoomOnly(FxRobot robot) {
        Node loss = robot.lookup("#loss-chart").query();
        double[] full = window.explorer().lossChart().shownRanges();
        robot.moveTo(loss).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!Arrays.equals(full, window.explorer().lossChart().shownRanges()), "zoomed in");
        double before = state.view().log10Compute();
        robot.moveTo(loss).moveBy(-150, 0).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, state.view().log10Compute(), 1e-12, "the cursor stays");
        assertTrue(Arrays.equals(full, window.explorer().lossChart().shownRanges()), "the zoom is reset");
        // past the double-click interval, a click of its own
        robot.sleep(800);
        robot.moveBy(250, 0).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Math.abs(state.view().log10Compute() - before) > 0.01, "a single click moves the cursor");
    }

    /** Issue 18: story steps and sweeps move the compute field too, even while it has the focus; what the user types stays. */
    @Test
    void theComputeFieldFollowsTheCursorUnlessTheUserIsTyping(FxRobot robot) {
        TextField field = robot.lookup("#compute-field").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(() -> state.setCompute(24));
        assertTrue(field.isFocused());
        assertEquals(window.explorerVm().computeTextProperty().get(), field.getText(), "a story step updates the focused field");
        robot.interact(() -> field.setText("5e2"));
        robot.interact(() -> state.setCompute(23));
        assertEquals("5e2", field.getText(), "what the user is typing is left alone");
    }

    /** Issue 18: a chart's legend is one Tab stop; the arrow keys move along it. */
    @Test
    void eachLegendIsOneTabStopWalkedWithTheArrows(FxRobot robot) {
        robot.clickOn("#reference");
        robot.type(KeyCode.ESCAPE);
        Set<Node> legendStops = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.TAB);
            Node focus = robot.lookup("#reference").query().getScene().getFocusOwner();
            if (focus != null && focus.getStyleClass().contains("legend-item")) legendStops.add(focus);
        }
        assertTrue(legendStops.size() <= 2, "one stop per chart's legend, got " + legendStops.size());
        CheckBox first = (CheckBox) robot.lookup(".legend-item").queryAll().iterator().next();
        robot.interact(first::requestFocus);
        robot.type(KeyCode.RIGHT);
        Node now = first.getScene().getFocusOwner();
        assertTrue(now != first && now.getStyleClass().contains("legend-item"), "Right moves to the next entry");
    }

    /** Issue 18: at 1280x800 the legends wrap to show every series; none scrolls. */
    @Test
    void atTwelveEightyEveryLegendShowsAllItsSeries(FxRobot robot) {
        // four more series with long names, as an analyst's what-ifs and fits would be
        robot.interact(() -> {
            var d = state.dataset();
            List<Algorithm> more = new ArrayList<>(d.algorithms());
            var lstm = d.algorithm("lstm");
            for (int i = 0; i < 4; i++) {
                more.add(new Algorithm("extra-" + i, "A what-if algorithm with a long name " + i, "", "", lstm.law(),
                        List.of(), Set.of(), true, lstm.lossScale()));
            }
            state.edit(d.withAlgorithms(more));
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (Node n : robot.lookup(".chart-legend-scroll").queryAll()) {
            ScrollPane sp = (ScrollPane) n;
            double content = sp.getContent().getLayoutBounds().getHeight();
            assertTrue(content <= sp.getViewportBounds().getHeight() + 1, "a legend " + content + " high in " + sp.getViewportBounds().getHeight());
        }
    }
}
