package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
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
import org.scalingexplorer.ui.explorer.CegRowSlot;
import org.scalingexplorer.ui.fit.FitViewModel;
import org.scalingexplorer.ui.fit.FitViewModelTest;

/** The fit window driven as a user would: runs, Fit, the report, Add as New Algorithm, the interval in the CEG table. */
@ExtendWith(ApplicationExtension.class)
class FitWindowTest {
    private AppState state;
    private Composition window;

    @Start
    void start(Stage stage) {
        state = new AppState(BundledDatasets.paper());
        window = TestWindows.show(stage, state);
    }

    @Test
    void aFitIsReportedAndAddedWithItsIntervalInTheTable(FxRobot robot, @TempDir Path dir) throws Exception {
        Path runs = FitViewModelTest.syntheticRuns(dir);
        robot.clickOn("Algorithms").clickOn("Fit Laws to Runs...");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.fitVm().loadRuns(runs);
            window.fitVm().resamplesProperty().set(100);
        });
        robot.clickOn("#fit-run");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<FitViewModel.ParameterRow> params = robot.lookup("#fit-parameters").queryAs(TableView.class);
        assertEquals(3, params.getItems().size(), window.fitVm().messageProperty().get());
        // the law's parameters in the law's order: a click on "Value" would sort E, A and alpha by the characters of their values
        List<String> names = params.getItems().stream().map(FitViewModel.ParameterRow::name).toList();
        robot.clickOn(robot.lookup("#fit-parameters .column-header .label").match((Labeled l) -> "Value".equals(l.getText())).queryAs(Node.class));
        assertEquals(names, params.getItems().stream().map(FitViewModel.ParameterRow::name).toList());
        assertTrue(params.getSortOrder().isEmpty());
        assertTrue(robot.lookup("#fit-quality").queryLabeled().getText().startsWith("R² 0.9"));
        assertTrue(robot.lookup("#fit-method").queryLabeled().getText().contains("100 bootstrap resamples"));

        robot.clickOn("#fit-add");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<CegRowSlot> table = robot.lookup("#ceg-table").queryAs(TableView.class);
        CegRowSlot last = table.getItems().get(table.getItems().size() - 1);
        assertEquals("my-runs.csv (saturating fit)", last.rowProperty().get().name());
        assertTrue(last.rowProperty().get().interval().contains("× to "), last.rowProperty().get().interval());
        assertTrue(table.getColumns().stream().anyMatch(c -> c.getText().equals("95% interval") && c.isVisible()));
        assertEquals("LSTM", shownReference(robot), "the reference box still shows the reference");
        assertNotNull(window.explorerVm().lossPlotProperty().get().series().get(table.getItems().size() - 1).band());
    }

    /** Adding a fit (a new algorithm in the reference box's list) in one go, without a pulse between, keeps the choice. */
    @Test
    void theReferenceBoxKeepsItsChoiceWhenAFitIsAdded(FxRobot robot, @TempDir Path dir) throws Exception {
        Path runs = FitViewModelTest.syntheticRuns(dir);
        Object[] seen = new Object[2];
        robot.interact(() -> {
            window.fitVm().loadRuns(runs);
            window.fitVm().resamplesProperty().set(20);
            window.fitVm().fit();
            window.fitVm().addAsAlgorithm().orElseThrow();
            ComboBox<?> box = robot.lookup("#reference").queryComboBox();
            seen[0] = box.getValue();
            seen[1] = box.getSelectionModel().getSelectedItem();
        });
        assertEquals("LSTM", String.valueOf(seen[0]));
        assertEquals("LSTM", String.valueOf(seen[1]));
        assertEquals("lstm", state.view().reference());
    }

    /** What the explorer's reference box shows (its button cell, not the cells of its popup list). */
    static String shownReference(FxRobot robot) {
        ComboBox<?> reference = robot.lookup("#reference").queryComboBox();
        ListCell<?> shown = robot.lookup("#reference .list-cell").match((Node n) -> n.getParent() == reference)
                .queryAs(ListCell.class);
        return shown.getText();
    }
}
