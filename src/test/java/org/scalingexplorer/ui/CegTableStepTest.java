package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.figure.CegRow;
import org.scalingexplorer.figure.ExplorerFigure;
import org.scalingexplorer.figure.FigureState;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.ui.explorer.CegRowSlot;

/**
 * The CEG table's cells lay out their own new text on a slider step (their rows are not taken apart and put together
 * again): after each step every row shows the step's numbers, each cell under its column's header, as wide as it.
 */
@ExtendWith(ApplicationExtension.class)
class CegTableStepTest {
    private AppState state;

    @Start
    void start(Stage stage) {
        state = new AppState(BundledDatasets.paper());
        TestWindows.show(stage, state);
    }

    @Test
    void everyStepShowsItsNumbersInPlace(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<CegRowSlot> table = robot.lookup("#ceg-table").queryAs(TableView.class);
        List<String> seen = new ArrayList<>();
        for (double log10 : new double[] {14, 17.3, 21, 24.6, 27.9}) {
            robot.interact(() -> state.setCompute(log10));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> { });
            // the rows as the figure layer makes them for this compute, independently of the window
            List<CegRow> expected = ExplorerFigure.cursor(FigureState.of(state.dataset()).withCompute(Math.pow(10, log10))
                    .withReference(state.view().reference())).rows();
            for (Node n : table.lookupAll(".table-row-cell")) {
                TableRow<?> row = (TableRow<?>) n;
                if (row.isEmpty() || row.getIndex() >= expected.size()) continue;
                CegRow want = expected.get(row.getIndex());
                for (Node c : row.getChildrenUnmodifiable()) {
                    if (!(c instanceof TableCell<?, ?> cell) || !cell.isVisible()) continue;
                    TableColumn<?, ?> column = cell.getTableColumn();
                    Bounds header = table.lookupAll(".column-header").stream()
                            .filter(h -> h instanceof TableColumnHeader t && t.getTableColumn() == column).findFirst()
                            .map(h -> h.localToScene(h.getLayoutBounds())).orElseThrow();
                    Bounds at = cell.localToScene(cell.getLayoutBounds());
                    assertEquals(header.getMinX(), at.getMinX(), 1.5, column.getText() + " cell under its header at 10^" + log10);
                    assertEquals(column.getWidth(), cell.getWidth(), 1.0, column.getText() + " cell as wide as its column");
                    String text = cell.getText();
                    String title = column.getText();
                    if (title.startsWith("Loss")) assertEquals(want.loss(), text);
                    else if (title.startsWith("CEG")) assertEquals(want.cegText(), text);
                    else if (title.startsWith("Matched")) assertEquals(want.matchedCompute(), text);
                    else if (title.startsWith("Flags")) assertEquals(want.flags(), text);
                    else if (title.startsWith("Algorithm")) assertTrue(text.startsWith(want.name()), text);
                }
                seen.add(want.cegText());
            }
        }
        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().distinct().count() > 5, "the numbers changed with compute: " + seen);
    }
}
