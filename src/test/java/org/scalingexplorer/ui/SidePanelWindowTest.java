package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.App;
import org.scalingexplorer.io.BundledDatasets;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.ui.attribution.InnovationRow;
import org.scalingexplorer.ui.chart.YearChart;
import org.scalingexplorer.ui.explorer.CegRow;
import org.scalingexplorer.ui.explorer.CegRowSlot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The side panel driven as a user would: the year cursor, the innovation table, a what-if algorithm. */
@ExtendWith(ApplicationExtension.class)
class SidePanelWindowTest {
    private final Dataset paper = BundledDatasets.paper();
    private AppState state;
    private App.Composition window;

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
        double year = state.yearProperty().get();
        Attribution a = new Attribution(state.dataset(), state.excludedInnovationsProperty().get());
        var row = state.attributionModeProperty().get() == Attribution.Mode.FRONTIER ? a.frontier(year) : a.at(year, state.compute());
        return "total " + ComputeText.multiplier(row.total().getAsDouble()) + "×";
    }

    /** Clicks into a field, clears it with End and Backspace, and types. */
    private static void retype(FxRobot robot, String field, String text) {
        javafx.scene.control.TextField f = robot.lookup(field).queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(f).type(KeyCode.END).eraseText(f.getText().length()).write(text);
    }

    @Test
    void draggingTheYearCursorMovesTheComputeSliderThroughTheTrend(FxRobot robot) {
        YearChart chart = window.sidePanel().attributionChart();
        robot.interact(() -> state.yearProperty().set(2024));
        double x2018 = chart.screenX(2018);
        double x2022 = chart.screenX(2022);
        var start = chart.localToScreen(x2018 + 6, chart.getHeight() * 0.7);
        robot.drag(start.getX(), start.getY()).moveBy(x2022 - x2018, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double year = state.yearProperty().get();
        assertEquals(2022, year, 0.15);
        assertEquals(Math.log10(1e16 * Math.pow(4.1, year - 2013)), state.log10ComputeProperty().get(), 1e-9);
        assertTrue(readout(robot).contains(expectedTotal()), readout(robot));
        // the main chart's cursor moved with it
        assertEquals(state.compute(), window.explorerVm().lossOverlayProperty().get().cursorX(), state.compute() * 1e-9);
    }

    @Test
    void editingAnInnovationUpdatesEveryNumber(FxRobot robot) {
        robot.clickOn("Innovations");
        TableView<InnovationRow> table = robot.lookup("#innovation-table").queryTableView();
        int moe = table.getItems().indexOf(table.getItems().stream().filter(r -> r.id().equals("moe")).findFirst().orElseThrow());
        javafx.scene.Node cell = robot.lookup("#innovation-table .table-row-cell").nth(moe).lookup(".table-cell").nth(3).query();
        robot.doubleClickOn(cell);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().get(moe).edited());
        assertEquals("4", table.getItems().get(moe).value());
        robot.clickOn("Attribution");
        robot.interact(() -> state.yearProperty().set(2025));
        assertTrue(readout(robot).contains(expectedTotal()), readout(robot));
        assertTrue(readout(robot).contains("total 42829×"), "twice the 21415x of the paper's model: " + readout(robot));
        robot.clickOn("Innovations");
        robot.clickOn("#reset-innovations");
        robot.clickOn("Attribution");
        assertTrue(readout(robot).contains("total 21415×"), readout(robot));
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
    }
}
