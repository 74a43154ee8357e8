package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.App;
import org.scalingexplorer.Composition;
import org.scalingexplorer.TestData;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.fit.LawKind;
import org.scalingexplorer.ui.explorer.CegRowSlot;

/**
 * The CEG table at 1280 x 800 with the interval column shown (a law refitted with its bootstrap): every name, number
 * and title whole. It was "Transformer, Kaplan ..." and "Transformer, Chinchil...": each title kept room for a sort
 * arrow that never came (the rows are slots in the dataset's order, and a click on a title sorted nothing).
 */
@ExtendWith(ApplicationExtension.class)
class CegTableColumnsWindowTest {
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Path runs = TestData.transformerRuns(dir.resolve("transformer-runs.csv"));
        Composition window = TestWindows.show(stage, new AppState(BundledDatasets.paper()));
        stage.getScene().getStylesheets().add(App.stylesheet());
        window.fitVm().loadRuns(runs);
        window.fitVm().lawProperty().set(LawKind.SATURATING);
        window.fitVm().resamplesProperty().set(200);
        window.fitVm().fit();
        window.fitVm().replaceLaw("transformer-2017");
    }

    @Test
    void everyNameNumberAndTitleIsWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#ceg-table").queryTableView();
        assertTrue(table.getVisibleLeafColumns().stream().anyMatch(c -> c.getText().equals("95% interval")), "the interval column is shown");
        int cells = 0;
        for (Node n : robot.lookup("#ceg-table .table-cell").queryAll()) {
            if (!(n instanceof Labeled cell) || cell.getText() == null || cell.getText().isEmpty()) continue;
            assertEquals(cell.getText(), ((Text) cell.lookup(".text")).getText(), "a cell cut");
            cells++;
        }
        assertEquals(5 * 6 - 4, cells, "five rows of six columns, four intervals empty");
        for (Node n : robot.lookup("#ceg-table .column-header .label").queryAll()) {
            Labeled title = (Labeled) n;
            assertEquals(title.getText(), ((Text) title.lookup(".text")).getText(), "a title cut");
        }
    }

    @Test
    void aClickOnATitleOffersNoSort(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<CegRowSlot> table = robot.lookup("#ceg-table").queryTableView();
        List<String> before = table.getItems().stream().map(s -> s.row().name()).toList();
        for (TableColumn<CegRowSlot, ?> c : table.getColumns()) assertFalse(c.isSortable(), c.getText());
        robot.clickOn(robot.lookup("#ceg-table .column-header .label").match((Labeled l) -> l.getText().equals("CEG")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getSortOrder().isEmpty());
        assertEquals(before, table.getItems().stream().map(s -> s.row().name()).toList());
        assertEquals("LSTM", before.get(0), "the reference first, the dataset's order");
    }
}
