package org.scalingexplorer.ui.chart;

import java.util.List;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.util.Callback;

/**
 * Table columns whose text is never cut ("3.4..." for a loss, "not compara..."): a column's minimum width follows the
 * widest text its cells have shown (with their swatch) and its title, in the cells' own font. It only grows while the
 * rows and the font stay (a drag does not make the table jitter) and starts again when the rows are replaced or the
 * font changes (a theme, present mode: every cell is measured again as its font changes). The other columns give way.
 */
public final class ColumnFit {
    /** Room beside a title for the sort arrow and the header's padding. */
    private static final double HEADER_ROOM = 24;
    private final TableColumn<?, ?> column;
    private double widest;
    /** The font the widths were measured in: another (a theme, present mode) measures afresh. */
    private Font measuredIn;
    /** A column title's label, whose font CSS gives the cells too. */
    private Labeled titleLabel;

    private <S> ColumnFit(TableView<S> table, TableColumn<S, ?> column) {
        this.column = column;
        InvalidationListener rows = o -> widest = 0;
        if (table.getItems() != null) table.getItems().addListener(rows);
        table.itemsProperty().addListener((o, was, now) -> {
            if (was != null) was.removeListener(rows);
            if (now != null) now.addListener(rows);
            widest = 0;
        });
    }

    /** A column whose cells (made elsewhere) call {@link #fit} as their content or font changes. */
    public static <S> ColumnFit of(TableView<S> table, TableColumn<S, ?> column) {
        return new ColumnFit(table, column);
    }

    /** A text column shown whole: its cells show {@code text} of the row's value. */
    public static <S, T> void whole(TableView<S> table, TableColumn<S, T> column, Function<T, String> text) {
        ColumnFit fit = of(table, column);
        column.setCellFactory(c -> new TableCell<>() {
            {
                fontProperty().addListener((o, was, now) -> fit.fit(this));
                layOutAlone(this);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                fit.fit(this);
            }
        });
    }

    /**
     * A cell of one line whose new text is laid out by the cell alone. A table cell asks for a layout whenever its
     * value changes, and a row with a cell that asked makes the table's virtual flow take every row apart and put it
     * together again (re-indexing and restyling every cell): on a slider step, most of the table's cost. The row
     * still sizes and places the cell (its skin lays out all its cells); only the request stops at the cell. A cell
     * whose height can change (wrapped text) must not use this: its row would not grow.
     */
    public static void layOutAlone(TableCell<?, ?> cell) {
        cell.setManaged(false);
    }

    /** Widens the column, if need be, to show this cell's text and graphic whole. */
    public void fit(TableCell<?, ?> cell) {
        fit(cell, cell.getText());
    }

    /**
     * For a cell that wraps its text: widens the column, if need be, to show the cell's longest word whole (a name
     * as "Transformer, Chinchilla / allocation" on two lines, never "Transformer (20...").
     */
    public void fitWords(TableCell<?, ?> cell) {
        Font font = font(cell);
        String longest = null;
        if (cell.getText() != null) {
            for (String word : cell.getText().split("\\s+")) {
                if (longest == null || FxPainter.width(font, word) > FxPainter.width(font, longest)) longest = word;
            }
        }
        fit(cell, longest);
    }

    /**
     * The font every width is measured in: the table's column titles', which CSS gives the cells too (a cell made in
     * this pass may not have had its CSS yet). The title's label is looked up once: a slider step fits every cell.
     */
    private Font font(TableCell<?, ?> cell) {
        TableView<?> table = column.getTableView();
        if ((titleLabel == null || titleLabel.getScene() == null) && table != null && table.lookup(".column-header .label") instanceof Labeled l) {
            titleLabel = l;
        }
        return titleLabel != null ? titleLabel.getFont() : cell.getFont();
    }

    private void fit(TableCell<?, ?> cell, String text) {
        TableView<?> table = column.getTableView();
        Font font = font(cell);
        if (!font.equals(measuredIn)) {
            // another theme, or present mode: every cell is measured again
            boolean first = measuredIn == null;
            measuredIn = font;
            widest = 0;
            if (!first && table != null) table.refresh();
        }
        Insets in = cell.getInsets();
        double pad = in.getLeft() + in.getRight() + 2;
        Node graphic = cell.getGraphic();
        double beside = graphic == null ? 0 : graphic.prefWidth(-1) + cell.getGraphicTextGap();
        double header = 0;
        for (String line : title(column).split("\n")) header = Math.max(header, FxPainter.width(font, line));
        // a column that cannot be sorted never shows the arrow
        double w = Math.max(text == null ? 0 : FxPainter.width(font, text) + pad + beside, header + pad + (column.isSortable() ? HEADER_ROOM : 0));
        if (w > widest + 0.5 || widest == 0) {
            widest = Math.ceil(w);
            column.setMinWidth(widest);
            // the table shares its width out again (see nameTakesTheRest)
            if (table != null) {
                reshare(table);
                // a cell that lays itself out (layOutAlone) fits while the rows are being laid out: they are laid
                // out again with the new widths once this pass is over
                if (!cell.isManaged()) Platform.runLater(() -> table.lookupAll(".table-row-cell").forEach(row -> {
                    if (row instanceof Parent p) p.requestLayout();
                }));
            }
        }
    }

    /**
     * A resize policy for a table of a name and numbers: every other visible column at least at its minimum (so its
     * numbers stay whole), then the name column up to its preferred width, then the others up to theirs, and the names
     * the rest. A column the user drags takes its width from the names. JavaFX's constrained policies let columns run
     * past the table's edge when one more is shown.
     */
    public static Callback<TableView.ResizeFeatures, Boolean> nameTakesTheRest(TableColumn<?, ?> name) {
        return f -> {
            double room = f.getContentWidth();
            if (!(room > 0)) return false;
            TableColumn<?, ?> dragged = f.getColumn() instanceof TableColumn<?, ?> c && c != name ? c : null;
            if (dragged != null) dragged.setPrefWidth(Math.max(dragged.getMinWidth(), dragged.getWidth() + f.getDelta()));
            List<? extends TableColumn<?, ?>> others = f.getTable().getVisibleLeafColumns().stream().filter(c -> c != name).toList();
            double wanted = 0;
            double least = 0;
            for (TableColumn<?, ?> c : others) {
                wanted += Math.max(c.getMinWidth(), c.getPrefWidth());
                least += c.getMinWidth();
            }
            // the numbers whole first, then the names up to their preferred width, then the numbers up to theirs
            double forOthers = Math.max(least, Math.min(wanted, room - Math.max(name.getMinWidth(), name.getPrefWidth())));
            // the numbers' share between their minimums and their preferred widths
            double t = wanted > least ? (forOthers - least) / (wanted - least) : 1;
            double used = 0;
            for (TableColumn<?, ?> c : others) {
                double w = Math.floor(c.getMinWidth() + t * (Math.max(c.getMinWidth(), c.getPrefWidth()) - c.getMinWidth()));
                f.setColumnWidth(c, w);
                used += w;
            }
            f.setColumnWidth(name, Math.max(name.getMinWidth(), Math.floor(room - used)));
            return true;
        };
    }

    /** Runs the table's resize policy again (a delta of 0 through resizeColumn is ignored). */
    private static <S> void reshare(TableView<S> table) {
        if (table.getColumnResizePolicy() != null) table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
    }

    /** A column's title (its lines measured one by one): its text, or the text of the label it shows as its graphic. */
    private static String title(TableColumn<?, ?> column) {
        if (column.getText() != null && !column.getText().isEmpty()) return column.getText();
        return column.getGraphic() instanceof Labeled l && l.getText() != null ? l.getText() : "";
    }
}
