package org.scalingexplorer.ui.chart;

import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/**
 * A table that shows a view model's rows in the order of the column the user sorts by. The table sorts a view of the
 * rows, not the view model's list (a click on a title would reorder the view model's state), and rows the view model
 * puts in their place (an edit, another anchor) come in sorted as the table was, under the title's arrow.
 */
public final class SortedRows {
    private SortedRows() {
    }

    public static <S> void show(TableView<S> table, ObservableList<S> rows) {
        SortedList<S> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }
}
