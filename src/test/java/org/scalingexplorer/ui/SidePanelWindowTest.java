package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.Composition;
import org.scalingexplorer.figure.CegRow;
import org.scalingexplorer.figure.FramesFigure;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.ReferenceFrames;
import org.scalingexplorer.ui.attribution.InnovationRow;
import org.scalingexplorer.ui.chart.YearChart;
import org.scalingexplorer.ui.explorer.CegRowSlot;

/** The side panel driven as a user would: the year cursor, the innovation table, a what-if algorithm. */
@ExtendWith(ApplicationExtension.class)
class SidePanelWindowTest {
    private final Dataset paper = BundledDatasets.paper();
    private AppState state;
    private Composition window;

    @Start
    void start(Stage stage) {
        state = new AppState(paper);
        window = TestWindows.show(stage, state);
    }

    private String readout(FxRobot robot) {
        return robot.lookup("#attribution-readout").queryAs(Label.class).getText();
    }

    /** The readout the engine implies for the state's year and mode. */
    private String expectedTotal() {
        double year = state.view().year();
        Attribution a = new Attribution(state.dataset(), state.get().excluded());
        var row = state.view().mode() == Attribution.Mode.FRONTIER ? a.frontier(year) : a.at(year, state.compute());
        return "total " + Numbers.format(row.total().getAsDouble()) + "×";
    }

    /** What the explorer's reference box shows (its button cell, not the cells of its popup list). */
    private static String shownReference(FxRobot robot) {
        ComboBox<?> reference = robot.lookup("#reference").queryComboBox();
        ListCell<?> shown = robot.lookup("#reference .list-cell").match((Node n) -> n.getParent() == reference)
                .queryAs(ListCell.class);
        return shown.getText();
    }

    /** Clicks into a field, clears it with End and Backspace, and types. */
    private static void retype(FxRobot robot, String field, String text) {
        TextField f = robot.lookup(field).queryAs(TextField.class);
        robot.clickOn(f).type(KeyCode.END).eraseText(f.getText().length()).write(text);
    }

    @Test
    void draggingTheYearCursorMovesTheComputeSliderThroughTheTrend(FxRobot robot) {
        YearChart chart = window.sidePanel().attributionChart();
        robot.interact(() -> state.setYear(2024));
        double x2018 = chart.screenX(2018);
        double x2022 = chart.screenX(2022);
        var start = chart.localToScreen(x2018 + 6, chart.getHeight() * 0.7);
        robot.drag(start.getX(), start.getY()).moveBy(x2022 - x2018, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double year = state.view().year();
        assertEquals(2022, year, 0.15);
        assertEquals(Math.log10(1e16 * Math.pow(4.1, year - 2013)), state.view().log10Compute(), 1e-9);
        assertTrue(readout(robot).contains(expectedTotal()), readout(robot));
        // the main chart's cursor moved with it
        assertEquals(state.compute(), window.explorerVm().lossOverlayProperty().get().cursorX(), state.compute() * 1e-9);
    }

    @Test
    void editingAnInnovationUpdatesEveryNumber(FxRobot robot) {
        robot.clickOn("Innovations");
        TableView<InnovationRow> table = robot.lookup("#innovation-table").queryTableView();
        int moe = table.getItems().indexOf(table.getItems().stream().filter(r -> r.id().equals("moe")).findFirst().orElseThrow());
        Node cell = robot.lookup("#innovation-table .table-row-cell").nth(moe).lookup(".table-cell").nth(3).query();
        robot.doubleClickOn(cell);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().get(moe).edited());
        assertEquals("4\u00d7", table.getItems().get(moe).value());
        robot.clickOn("Attribution");
        robot.interact(() -> state.setYear(2025));
        assertTrue(readout(robot).contains(expectedTotal()), readout(robot));
        assertTrue(readout(robot).contains("total 42,800×"), "twice the 21415x of the paper's model: " + readout(robot));
        robot.clickOn("Innovations");
        robot.clickOn("#reset-innovations");
        robot.clickOn("Attribution");
        assertTrue(readout(robot).contains("total 21,400×"), readout(robot));
    }

    /**
     * Issue 28: the Innovations tab shows every multiplier in one form and a scale-dependent one in names, not ids or
     * formulas; a refused edit is said beside its cell and above the rows, and the message goes once the cell is fixed.
     */
    @Test
    void innovationsReadInNamesAndARefusedEditIsSaidBesideItsCell(FxRobot robot) {
        robot.clickOn("Innovations");
        TableView<InnovationRow> table = robot.lookup("#innovation-table").queryTableView();
        for (InnovationRow r : table.getItems()) {
            if (r.scaleDependent()) {
                assertEquals("with compute", r.value());
                assertFalse(r.how().contains("transformer-2017") || r.how().contains("chinchilla-rebalancing"), r.how());
            } else {
                assertTrue(r.value().matches("[0-9.]+\u00d7"), r.value());
            }
        }
        InnovationRow transformer = table.getItems().stream().filter(r -> r.id().equals("transformer")).findFirst().orElseThrow();
        assertEquals("The CEG of Transformer (2017) over LSTM, at the compute the chart is read at, net of Kaplan to Chinchilla rebalancing", transformer.how());
        int moe = table.getItems().indexOf(table.getItems().stream().filter(r -> r.id().equals("moe")).findFirst().orElseThrow());
        Node cell = robot.lookup("#innovation-table .table-row-cell").nth(moe).lookup(".table-cell").nth(3).query();
        Bounds at = cell.localToScreen(cell.getBoundsInLocal());
        robot.doubleClickOn(cell);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("lots").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup(".error-text").queryAs(Label.class);
        assertTrue(error.getText().contains("'lots' is not a multiplier"), error.getText());
        Tooltip near = Window.getWindows().stream().filter(w -> w instanceof Tooltip t && t.getStyleClass().contains("error-tooltip") && w.isShowing())
                .map(Tooltip.class::cast).findFirst().orElseThrow(() -> new AssertionError("no message beside the cell"));
        assertEquals(error.getText(), near.getText());
        // under the cell (moved left only as far as the screen's edge asks)
        assertTrue(Math.abs(near.getY() - at.getMaxY()) < 40 && near.getX() <= at.getMinX() + 1 && near.getX() + near.getWidth() >= at.getMinX(),
                near.getX() + "," + near.getY() + " vs " + at);
        Bounds message = error.localToScene(error.getBoundsInLocal());
        assertTrue(message.getMaxY() <= table.localToScene(table.getBoundsInLocal()).getMinY() + 1, "the message sits above the rows");
        cell = robot.lookup("#innovation-table .table-row-cell").nth(moe).lookup(".table-cell").nth(3).query();
        robot.doubleClickOn(cell);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("1.2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", error.getText(), "the message goes once the cell is fixed");
        assertEquals("1.2\u00d7", table.getItems().get(moe).value());
        robot.clickOn("#reset-innovations");
    }

    @Test
    void aWhatIfAlgorithmFromTheDialogAppearsEverywhere(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        retype(robot, "#whatif-name", "Flat");
        retype(robot, "#whatif-alpha", "0.2");
        String refused = robot.lookup("#whatif-problems").queryAs(Label.class).getText();
        assertTrue(refused.contains("alpha must be negative"), refused);
        assertTrue(robot.lookup("OK").queryButton().isDisabled(), "OK stays disabled while the law is refused");
        retype(robot, "#whatif-alpha", "-0.12");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CegRowSlot> ceg = robot.lookup("#ceg-table").queryTableView();
        CegRow row = ceg.getItems().stream().map(CegRowSlot::row).filter(r -> r.id().equals("what-if-1")).findFirst().orElseThrow();
        assertEquals("Flat", row.name());
        assertTrue(window.explorerVm().lossPlotProperty().get().series().stream().anyMatch(s -> s.id().equals("what-if-1") && s.badge().equals("what-if")));
        assertTrue(window.explorerVm().references().stream().anyMatch(c -> c.id().equals("what-if-1")));
        // the reference box still shows the reference after its items were replaced
        assertEquals("LSTM", shownReference(robot));
    }

    @Test
    void fixedComputesAreTypedAndTheLinesFollow(FxRobot robot) {
        robot.clickOn("By scale");
        // a side panel of 360 pixels (a wide CEG table takes the rest of 1280): the caption and the button read whole,
        // the field gives way
        robot.interact(() -> {
            Node n = window.sidePanel();
            while (!(n instanceof SplitPane)) n = n.getParent();
            SplitPane split = (SplitPane) n;
            split.setDividerPosition(split.getDividers().size() - 1, 1 - 360 / split.getWidth());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Parent row = robot.lookup("#scale-computes").queryAs(Node.class).getParent();
        for (Node n : row.getChildrenUnmodifiable()) {
            if (n instanceof Labeled l) assertEquals(l.getText(), ((Text) l.lookup(".text")).getText(), "cut in the By scale tab");
        }
        TextField field = robot.lookup("#scale-computes").queryAs(TextField.class);
        double text = field.lookup(".text").getLayoutBounds().getWidth();
        assertTrue(text <= field.getWidth() - field.getPadding().getLeft() - field.getPadding().getRight(),
                "the default computes fit their field: " + text + " in " + field.getWidth());
        assertTrue(field.localToScene(field.getLayoutBounds()).getMaxX() <= window.sidePanel().localToScene(window.sidePanel().getLayoutBounds()).getMaxX(),
                "the field within the panel");
        retype(robot, "#scale-computes", "1e17, 1e23");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var lines = window.sidePanel().scaleChart().plotProperty().get().lines();
        assertEquals(List.of("1.00×10¹⁷ FLOP", "1.00×10²³ FLOP"), lines.stream().filter(l -> l.id().startsWith("c")).map(l -> l.name().replaceFirst(": .*", "")).toList());
        robot.interact(() -> state.setYear(2025));
        String shown = robot.lookup("#scale-readout").queryAs(Label.class).getText();
        Attribution a = new Attribution(paper);
        assertTrue(shown.contains("1.00×10¹⁷ FLOP gained " + Numbers.format(a.at(2025, 1e17).total().getAsDouble()) + "×"), shown);
        assertTrue(shown.contains("1.00×10²³ FLOP " + Numbers.format(a.at(2025, 1e23).total().getAsDouble()) + "×"), shown);
        retype(robot, "#scale-computes", "1e17, huge");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#scale-error").queryAs(Label.class).getText().contains("\"huge\""));
        assertEquals(2, window.sidePanel().scaleChart().plotProperty().get().lines().stream().filter(l -> l.id().startsWith("c")).count());
    }

    @Test
    void pickingAReferenceFrameChangesTheNumbersAndTheMatrixFollowsTheSlider(FxRobot robot) {
        robot.clickOn("Frames");
        robot.clickOn("#frames-reference");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> "Transformer, Kaplan allocation".equals(c.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> state.setYear(2025));
        String shown = robot.lookup("#frames-readout").queryAs(Label.class).getText();
        double ceg = new ReferenceFrames(paper).frontier("kaplan-allocation", 2025).ceg().getAsDouble();
        assertTrue(shown.contains("against Transformer, Kaplan allocation is " + Numbers.format(ceg) + "×"), shown);
        robot.interact(() -> state.setCompute(20));
        Label cell = robot.lookup("#matrix-0-1").queryAs(Label.class);
        double lstmToT = Ceg.between(paper.algorithm("lstm").law(), paper.algorithm("transformer-2017").law(),
                Anchor.REFERENCE, 1e20).value();
        assertEquals(Numbers.format(lstmToT) + "×", cell.getText());
        assertTrue(cell.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("defect")));
        // its explanation is long: it wraps in a box of readable width that keeps itself on the screen
        assertTrue(cell.getTooltip().getText().length() > 100 && cell.getTooltip().isWrapText() && cell.getTooltip().getMaxWidth() <= 420
                && cell.getTooltip().isAutoFix(), cell.getTooltip().getText());
    }

    @Test
    void aWhatIfIsDrawnByDraggingTwoHandlesOnTheLossChart(FxRobot robot) {
        robot.interact(() -> state.setCompute(20));
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String id = window.whatIfVm().editingProperty().get();
        assertTrue(id != null && robot.lookup("#drawing-done").query().isVisible());
        var chart = window.explorer().lossChart();
        var before = window.whatIfVm().handlesProperty().get().get(1);
        var at = chart.localToScreen(chart.handleOnChart(1));
        double height = window.root().getHeight();
        robot.drag(at.getX(), at.getY()).moveBy(40, 30).drop();
        WaitForAsyncUtils.waitForFxEvents();
        var after = window.whatIfVm().handlesProperty().get().get(1);
        assertTrue(after.x() > before.x() * 2, "dragged right: more compute " + before + " " + after + " " + window.whatIfVm().messageProperty().get());
        assertTrue(after.y() < before.y(), "dragged down: lower loss");
        assertEquals(height, window.root().getHeight(), 0, "the banner does not push the window apart");
        assertTrue(chart.getHeight() > 200, "the chart keeps its room: " + chart.getHeight());
        // the law now passes through both handles, and the table shows its CEG against the reference
        var law = state.dataset().algorithm(id).law();
        for (var h : window.whatIfVm().handlesProperty().get()) assertEquals(h.y(), law.loss(h.x()), 1e-9);
        double ceg = Ceg.between(paper.algorithm("lstm").law(), law, Anchor.REFERENCE, 1e20).value();
        TableView<CegRowSlot> table = robot.lookup("#ceg-table").queryTableView();
        CegRow row = table.getItems().stream().map(CegRowSlot::row).filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        assertEquals(Numbers.format(ceg) + "×", row.cegText());
        assertEquals("LSTM", shownReference(robot), "reshaping a what-if leaves the reference box showing the reference");
        robot.clickOn("#drawing-done");
        assertTrue(window.whatIfVm().handlesProperty().get().isEmpty());
        assertEquals(law, state.dataset().algorithm(id).law());
    }

    /**
     * A table sorted by a column of numbers orders its rows by the numbers. In the Frames tab the frontier's CEG in
     * 2025 is 21,400×, 2.57×, 2.00×, 19.7× and 2.00× against the five references; by their characters "19.7×" came
     * before "2.00×".
     */
    @Test
    void theCegColumnSortsByTheCeg(FxRobot robot) {
        robot.clickOn("Frames");
        @SuppressWarnings("unchecked")
        TableView<FramesFigure.FrameRow> table = robot.lookup("#frames-table").queryTableView();
        List<String> unsorted = table.getItems().stream().map(FramesFigure.FrameRow::id).toList();
        Map<String, String> shown = table.getItems().stream().collect(Collectors.toMap(FramesFigure.FrameRow::id, FramesFigure.FrameRow::cegLastYear));
        robot.clickOn(robot.lookup("#frames-table .column-header .label").match((Labeled l) -> l.getText().startsWith("CEG in")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        // the engine's CEGs at the shown three figures (rows that read the same keep their order)
        ReferenceFrames frames = new ReferenceFrames(paper, Set.of(), Anchor.REFERENCE);
        Comparator<String> byCeg = Comparator.comparing(id -> new BigDecimal(frames.frontier(id, 2025).ceg().orElseThrow()).round(new MathContext(3)));
        List<String> expected = unsorted.stream().sorted(byCeg).toList();
        assertNotEquals(expected, unsorted.stream().sorted(Comparator.comparing(shown::get)).toList(), "the characters order them otherwise");
        assertEquals(expected, table.getItems().stream().map(FramesFigure.FrameRow::id).toList());
        assertEquals(List.of("transformer-modern", "chinchilla-allocation", "transformer-2017", "kaplan-allocation", "lstm"), expected);
    }

    /**
     * The Innovations tab by multiplier, two of them typed as 9 and 12 (by their characters "12×" came first): the
     * scale-invariant ones by the dataset's multipliers, the scale-dependent after.
     */
    @Test
    void theMultiplierColumnSortsByTheMultiplier(FxRobot robot) {
        List<String> invariant = paper.innovations().stream().filter(i -> !i.scaleDependent()).map(Innovation::id).toList();
        robot.interact(() -> {
            window.side().innovationsVm().setMultiplier(invariant.get(0), "9").ifPresent(e -> { throw new AssertionError(e); });
            window.side().innovationsVm().setMultiplier(invariant.get(1), "12").ifPresent(e -> { throw new AssertionError(e); });
        });
        robot.clickOn("Innovations");
        @SuppressWarnings("unchecked")
        TableView<InnovationRow> table = robot.lookup("#innovation-table").queryTableView();
        robot.clickOn(robot.lookup("#innovation-table .column-header .label").match((Labeled l) -> "Multiplier".equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        List<Innovation> innovations = state.dataset().innovations();
        List<String> expected = innovations.stream().filter(i -> i instanceof Innovation.ScaleInvariant)
                .sorted(Comparator.comparingDouble(i -> ((Innovation.ScaleInvariant) i).multiplier())).map(Innovation::id).collect(Collectors.toList());
        List<String> shown = table.getItems().stream().map(InnovationRow::id).toList();
        assertEquals(expected, shown.subList(0, expected.size()));
        assertEquals(List.of(invariant.get(0), invariant.get(1)), expected.subList(expected.size() - 2, expected.size()), "9 and 12 the largest");
        assertEquals(innovations.size() - expected.size(), innovations.stream().filter(Innovation::scaleDependent).count(), "the rest vary with compute");
        // the view model's rows keep the dataset's order; rows it puts in their place come in sorted (a third typed as 20)
        List<String> inDataset = innovations.stream().map(Innovation::id).toList();
        assertEquals(inDataset, window.side().innovationsVm().rows().stream().map(InnovationRow::id).toList());
        robot.interact(() -> window.side().innovationsVm().setMultiplier(invariant.get(2), "20").ifPresent(e -> { throw new AssertionError(e); }));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> now = table.getItems().stream().map(InnovationRow::id).toList();
        assertEquals(invariant.get(2), now.get(expected.size() - 1), "20 the largest, last of the numbers: " + now);
        assertEquals(List.of(invariant.get(0), invariant.get(1)), now.subList(expected.size() - 3, expected.size() - 1));
    }
}
