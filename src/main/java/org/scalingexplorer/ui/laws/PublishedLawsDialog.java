package org.scalingexplorer.ui.laws;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.scalingexplorer.ui.chart.ColumnFit;

/**
 * Algorithms > Add Published Law: a search field, the library as a table (law, by, form, loss scale), the chosen law
 * in full, and Add. Binds to {@link PublishedLawsViewModel}.
 */
public final class PublishedLawsDialog extends Dialog<ButtonType> {
    public static final ButtonType ADD = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);

    public PublishedLawsDialog(Window owner, PublishedLawsViewModel vm) {
        initOwner(owner);
        // the theme follows the main window's
        setTitle("Add a published law");
        setHeaderText("A published scaling law joins the charts as an algorithm on its own loss scale; it can be the reference.");
        setResizable(true);
        TextField search = new TextField(vm.queryProperty().get());
        search.setId("laws-search");
        search.setPromptText("Search by author, year, form or data (e.g. hoffmann, 2024, bits per byte)");
        search.textProperty().bindBidirectional(vm.queryProperty());
        TableView<PublishedLawsViewModel.Row> table = new TableView<>();
        table.setId("laws-table");
        TableColumn<PublishedLawsViewModel.Row, String> law = column("Law", PublishedLawsViewModel.Row::name, 330);
        table.getColumns().add(law);
        TableColumn<PublishedLawsViewModel.Row, String> by = column("By", PublishedLawsViewModel.Row::by, 160);
        // the authors and year whole, as wide as their text
        ColumnFit.whole(table, by, Function.identity());
        table.getColumns().add(by);
        table.getColumns().add(column("Form", PublishedLawsViewModel.Row::form, 220));
        table.getColumns().add(column("Loss scale", PublishedLawsViewModel.Row::scale, 200));
        TableColumn<PublishedLawsViewModel.Row, String> usable = column("Algorithm", r -> r.usable() ? "yes" : "no", 80);
        ColumnFit.whole(table, usable, Function.identity());
        table.getColumns().add(usable);
        // every column inside the table, the law's name taking what the others leave
        table.setColumnResizePolicy(ColumnFit.nameTakesTheRest(law));
        table.setPlaceholder(new Label("No published law matches the search."));
        table.getItems().setAll(vm.rowsProperty().get());
        ChangeListener<List<PublishedLawsViewModel.Row>> rows = (o, was, now) -> table.getItems().setAll(now);
        vm.rowsProperty().addListener(rows);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) vm.selectedProperty().set(now.id());
        });
        // the chosen law stays chosen while the search narrows the list, and is shown chosen when chosen elsewhere
        Runnable select = () -> table.getItems().stream().filter(r -> r.id().equals(vm.selectedProperty().get())).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
        ChangeListener<String> selected = (o, was, now) -> select.run();
        vm.selectedProperty().addListener(selected);
        // the view model outlives the dialog: a closed dialog stops listening to it
        setOnHidden(e -> {
            vm.rowsProperty().removeListener(rows);
            vm.selectedProperty().removeListener(selected);
        });
        table.getItems().addListener((ListChangeListener<PublishedLawsViewModel.Row>) c -> select.run());
        table.setPrefHeight(220);
        Label details = new Label();
        details.setId("laws-details");
        details.setWrapText(true);
        details.textProperty().bind(vm.detailsProperty());
        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        detailsScroll.setPrefHeight(250);
        Label message = new Label();
        message.setId("laws-message");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox content = new VBox(8, search, table, detailsScroll, message);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPrefWidth(980);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ADD, ButtonType.CLOSE);
        getDialogPane().setId("laws-dialog");
        getDialogPane().lookupButton(ADD).disableProperty().bind(vm.canAddProperty().not());
        // a law that cannot be added keeps the dialog open with the reason
        getDialogPane().lookupButton(ADD).addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.add()) e.consume();
        });
        setOnShown(e -> search.requestFocus());
    }

    private static TableColumn<PublishedLawsViewModel.Row, String> column(String title, Function<PublishedLawsViewModel.Row, String> value,
                                                                        double width) {
        TableColumn<PublishedLawsViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new SimpleStringProperty(value.apply(r.getValue())));
        // a cut text is read whole in its tooltip
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        c.setPrefWidth(width);
        return c;
    }
}
