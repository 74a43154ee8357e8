package org.scalingexplorer.ui.runs;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.Choice;
import org.scalingexplorer.ui.chart.DrawingPane;

/** The frontier tab: settings, the law with its intervals and provenance on the left; the curves and the fit on the right. */
final class FrontierView extends BorderPane {
    FrontierView(FrontierViewModel vm, ObservableValue<ChartStyle> style) {
        setPadding(new Insets(12));
        ComboBox<String> algorithm = new ComboBox<>(vm.algorithms());
        algorithm.setId("frontier-algorithm");
        algorithm.valueProperty().bindBidirectional(vm.algorithmProperty());
        algorithm.setMaxWidth(Double.MAX_VALUE);
        TextField low = Forms.field("frontier-window-low", "e.g. 1e16");
        low.textProperty().bindBidirectional(vm.window().lowProperty());
        TextField high = Forms.field("frontier-window-high", "e.g. 5e17");
        high.textProperty().bindBidirectional(vm.window().highProperty());
        Label to = new Label("to");
        to.setMinWidth(Region.USE_PREF_SIZE);
        HBox window = new HBox(6, low, to, high);
        window.setAlignment(Pos.CENTER_LEFT);
        TextField e = Forms.field("frontier-e", "1.9");
        e.textProperty().bindBidirectional(vm.fixedEProperty());
        CheckBox free = new CheckBox("Fit E");
        free.setId("frontier-free-e");
        free.selectedProperty().bindBidirectional(vm.freeEProperty());
        e.disableProperty().bind(free.selectedProperty());
        e.setPrefColumnCount(5);
        HBox eRow = new HBox(8, e, free);
        CheckBox training = new CheckBox("Training loss");
        training.setId("frontier-training");
        training.selectedProperty().bindBidirectional(vm.trainingLossProperty());
        CheckBox theoretical = new CheckBox("Theoretical FLOPs");
        theoretical.setId("frontier-theoretical");
        theoretical.selectedProperty().bindBidirectional(vm.theoreticalComputeProperty());
        VBox columns = new VBox(4, training, theoretical);
        for (Control c : List.of(free, training, theoretical)) c.setMinWidth(Region.USE_PREF_SIZE);
        columns.disableProperty().bind(Bindings.not(vm.paperColumnsProperty()));
        ChoiceBox<Choice> method = new ChoiceBox<>();
        method.setId("frontier-method");
        method.getItems().setAll(FrontierViewModel.METHODS);
        method.valueProperty().bindBidirectional(vm.methodProperty());
        method.setMaxWidth(Double.MAX_VALUE);
        Spinner<Integer> resamples = Forms.spinner("frontier-resamples", 0, 20_000, 100);
        resamples.getValueFactory().valueProperty().bindBidirectional(vm.resamplesProperty());
        Spinner<Integer> seed = Forms.spinner("frontier-seed", 0, Integer.MAX_VALUE, 1);
        seed.getValueFactory().valueProperty().bindBidirectional(vm.seedProperty());
        GridPane grid = Forms.grid();
        Forms.row(grid, "Algorithm", algorithm);
        Forms.row(grid, "Compute window (FLOP)", window);
        // how the starting window was chosen, under it
        Label how = new Label();
        how.setId("frontier-window-how");
        how.getStyleClass().add("hint");
        how.setWrapText(true);
        how.textProperty().bind(vm.window().howProperty());
        how.managedProperty().bind(how.textProperty().isNotEmpty());
        how.visibleProperty().bind(how.managedProperty());
        // the row is as tall as the text wrapped to the field column's width
        how.setPrefWidth(210);
        how.setMinHeight(Region.USE_PREF_SIZE);
        Forms.row(grid, "", how);
        Forms.row(grid, "Irreducible loss E", eRow);
        Forms.row(grid, "Columns", columns);
        Forms.row(grid, "Points", method);
        Forms.row(grid, "Bootstrap over runs", resamples);
        Forms.row(grid, "Seed", seed);
        Button fit = Forms.button("frontier-fit", "Fit Frontier");
        fit.setDefaultButton(true);
        fit.setOnAction(x -> vm.fit());

        TableView<FrontierViewModel.ParameterRow> parameters = new TableView<>(vm.parameters());
        parameters.setId("frontier-parameters");
        parameters.setPlaceholder(new Label("Fit to see L = E + A C^alpha"));
        parameters.getColumns().setAll(List.of(column("Parameter", FrontierViewModel.ParameterRow::name, 90),
                column("Value", FrontierViewModel.ParameterRow::value, 110), column("95% low", FrontierViewModel.ParameterRow::low, 90),
                column("95% high", FrontierViewModel.ParameterRow::high, 90)));
        parameters.setPrefHeight(130);
        parameters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TextArea provenance = new TextArea();
        provenance.setId("frontier-provenance");
        provenance.setEditable(false);
        provenance.setWrapText(true);
        provenance.setPrefRowCount(6);
        provenance.textProperty().bind(vm.provenanceProperty());
        provenance.setPromptText("Where the fit comes from: files, columns, window, method, resamples");
        TextField name = Forms.field("frontier-name", "its name in the dataset");
        name.textProperty().bindBidirectional(vm.nameProperty());
        ComboBox<Choice> scale = new ComboBox<>(vm.scales());
        scale.setId("frontier-scale");
        scale.valueProperty().bindBidirectional(vm.scaleProperty());
        scale.setMaxWidth(Double.MAX_VALUE);
        GridPane add = Forms.grid();
        Forms.row(add, "Name", name);
        Forms.row(add, "Loss scale", scale);
        Button addIt = Forms.button("frontier-add", "Add to Dataset as Algorithm");
        addIt.setOnAction(x -> vm.addAsAlgorithm());
        addIt.disableProperty().bind(vm.fittedProperty().isNull());
        Forms.idleOnly(vm.task(), fit);
        VBox left = new VBox(8, grid, fit, new Label("Law"), parameters, new Label("Provenance"), provenance, add, addIt);
        left.setPadding(new Insets(0, 12, 0, 0));
        left.setPrefWidth(430);
        left.setMinWidth(400);
        ScrollPane scroll = new ScrollPane(left);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(420);
        setLeft(scroll);
        DrawingPane chart = new DrawingPane(() -> vm.drawing(style.getValue()), vm.fittedProperty(), vm.algorithmProperty(), style);
        chart.setId("frontier-chart");
        setCenter(chart);
        setBottom(Forms.status(vm.task(), vm::cancel, "frontier"));
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
