package org.scalingexplorer.ui.attribution;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.util.converter.DefaultStringConverter;

import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.ui.chart.ColumnFit;
import org.scalingexplorer.ui.chart.NumberOrder;
import org.scalingexplorer.ui.chart.SortedRows;

/**
 * The Innovations tab: switch innovations on and off, edit a year, a multiplier or an anchor (double-click); every
 * chart follows. A refused edit is said beside its cell and above the rows, and the message goes once the rows change.
 */
final class InnovationsView extends VBox {
    InnovationsView(InnovationsViewModel vm) {
        TableView<InnovationRow> table = new TableView<>();
        SortedRows.show(table, vm.rows());
        table.setId("innovation-table");
        table.setEditable(true);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);

        TableColumn<InnovationRow, Boolean> on = new TableColumn<>("On");
        on.setCellValueFactory(c -> {
            SimpleBooleanProperty p = new SimpleBooleanProperty(c.getValue().enabled());
            p.addListener((o, was, now) -> vm.setEnabled(c.getValue().id(), now));
            return p;
        });
        on.setCellFactory(CheckBoxTableCell.forTableColumn(on));
        on.setEditable(true);
        on.setPrefWidth(40);
        on.setMinWidth(40);

        TableColumn<InnovationRow, InnovationRow> name = new TableColumn<>("Innovation");
        name.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(InnovationRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name() + (r.scaleDependent() ? "  [scale-dependent]" : "") + (r.edited() ? "  (edited)" : ""));
                getStyleClass().remove("edited");
                if (!empty && r != null && r.edited()) getStyleClass().add("edited");
            }
        });
        name.setPrefWidth(280);
        name.setMinWidth(120);

        TableColumn<InnovationRow, String> year = new TableColumn<>("Year");
        year.setCellValueFactory(c -> new SimpleStringProperty(Integer.toString(c.getValue().year())));
        year.setCellFactory(wholeText(table, year));
        year.setOnEditCommit(e -> show(error, vm.setYear(e.getRowValue().id(), e.getNewValue()), e));
        year.setPrefWidth(60);

        TableColumn<InnovationRow, String> value = new TableColumn<>("Multiplier");
        value.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().value()));
        value.setCellFactory(wholeText(table, value));
        value.setOnEditCommit(e -> show(error, vm.setMultiplier(e.getRowValue().id(), e.getNewValue()), e));
        value.setPrefWidth(160);
        // by the multiplier, not its characters ("10" after "9"); a law's name after every number
        NumberOrder.of(value);

        TableColumn<InnovationRow, String> anchor = new TableColumn<>("Anchor");
        anchor.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().anchor()));
        anchor.setCellFactory(ChoiceBoxTableCell.forTableColumn(FXCollections.observableArrayList("reference", "candidate")));
        anchor.setOnEditCommit(e -> show(error, vm.setAnchor(e.getRowValue().id(), Anchor.parse(e.getNewValue())), e));
        anchor.setPrefWidth(100);
        // "reference" and "candidate" whole beside the names
        anchor.setMinWidth(100);

        table.getColumns().setAll(List.of(on, name, year, value, anchor));
        // years and multipliers whole at 1280 x 800; the names give way
        table.setColumnResizePolicy(ColumnFit.nameTakesTheRest(name));
        // how each gain is found, in names, under the pointer
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(InnovationRow r, boolean empty) {
                super.updateItem(r, empty);
                setTooltip(empty || r == null ? null : new Tooltip(r.how()));
            }
        });
        // a message about an edit goes once the rows change (the edit fixed, undone or reset)
        vm.rows().addListener((ListChangeListener<InnovationRow>) c -> error.setText(""));
        Button reset = new Button("Reset to dataset");
        reset.setId("reset-innovations");
        reset.setOnAction(e -> {
            vm.reset();
            error.setText("");
        });
        Label hint = new Label("Double-click a year, multiplier or anchor to edit; every chart follows.");
        hint.getStyleClass().add("hint");
        // the hint wraps and the button keeps its words, in the side panel's 458 px at 1280 x 800
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(hint, spacer, reset);
        bar.getStyleClass().add("control-bar");
        // the message about a refused edit right under the bar, above the rows, where the eye is
        getChildren().setAll(bar, error, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    /** Says why an edit was refused (beside the cell, and above the rows) or clears the message when it was taken. */
    private static void show(Label error, Optional<String> problem, TableColumn.CellEditEvent<?, ?> edit) {
        error.setText(problem.orElse(""));
        if (problem.isEmpty()) return;
        TableView<?> table = edit.getTableView();
        int row = edit.getTablePosition().getRow();
        Bounds at = null;
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> cell && cell.getIndex() == row && cell.getTableColumn() == edit.getTableColumn()) {
                at = cell.localToScreen(cell.getBoundsInLocal());
            }
        }
        // a refused edit leaves the row as it was: redraw it from the view model
        table.refresh();
        if (at == null) return;
        Tooltip near = new Tooltip(problem.get());
        near.getStyleClass().add("error-tooltip");
        near.setAutoHide(true);
        near.show(table, at.getMinX(), at.getMaxY() + 2);
    }

    /** An editable text cell whose column is kept as wide as its widest text (see ColumnFit). */
    private static Callback<TableColumn<InnovationRow, String>, TableCell<InnovationRow, String>> wholeText(TableView<InnovationRow> table,
                                                                                                       TableColumn<InnovationRow, String> column) {
        ColumnFit fit = ColumnFit.of(table, column);
        return c -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            {
                fontProperty().addListener((o, was, now) -> fit.fit(this));
            }

            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                fit.fit(this);
            }
        };
    }
}
