package org.scalingexplorer.ui.attribution;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.controlsfx.control.SegmentedButton;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.ui.chart.YearChart;

/** The side panel: the stacked-area attribution with its modes, and the innovation table. */
public final class SidePanelView extends TabPane {
    private final YearChart chart = new YearChart();

    public SidePanelView(AttributionViewModel attribution, InnovationsViewModel innovations) {
        getStyleClass().add("side-panel");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab a = new Tab("Attribution", attributionPane(attribution));
        a.setId("tab-attribution");
        Tab i = new Tab("Innovations", innovationsPane(innovations));
        i.setId("tab-innovations");
        getTabs().addAll(a, i);
        setMinWidth(280);
    }

    public YearChart attributionChart() {
        return chart;
    }

    private BorderPane attributionPane(AttributionViewModel vm) {
        ToggleButton frontier = new ToggleButton("Frontier compute");
        ToggleButton fixed = new ToggleButton("Fixed compute (slider)");
        frontier.setId("mode-frontier");
        fixed.setId("mode-fixed");
        SegmentedButton mode = new SegmentedButton(frontier, fixed);
        Runnable sync = () -> (vm.modeProperty().get() == Attribution.Mode.FRONTIER ? frontier : fixed).setSelected(true);
        sync.run();
        vm.modeProperty().addListener((o, was, now) -> sync.run());
        mode.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
                return;
            }
            vm.modeProperty().set(now == frontier ? Attribution.Mode.FRONTIER : Attribution.Mode.FIXED);
        });
        Label readout = new Label();
        readout.setId("attribution-readout");
        readout.getStyleClass().add("readout");
        readout.textProperty().bind(vm.readoutProperty());
        readout.accessibleTextProperty().bind(vm.readoutProperty());
        readout.setWrapText(true);
        VBox bar = new VBox(6, mode, readout);
        bar.getStyleClass().add("control-bar");
        chart.setId("attribution-chart");
        chart.plotProperty().bind(vm.plotProperty());
        chart.cursorYearProperty().bindBidirectional(vm.yearProperty());
        chart.setDescriber(vm::describe);
        BorderPane pane = new BorderPane(chart);
        pane.setTop(bar);
        return pane;
    }

    private VBox innovationsPane(InnovationsViewModel vm) {
        TableView<InnovationRow> table = new TableView<>(vm.rows());
        table.setId("innovation-table");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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

        TableColumn<InnovationRow, String> year = new TableColumn<>("Year");
        year.setCellValueFactory(c -> new SimpleStringProperty(Integer.toString(c.getValue().year())));
        year.setCellFactory(TextFieldTableCell.forTableColumn());
        year.setOnEditCommit(e -> show(error, vm.setYear(e.getRowValue().id(), e.getNewValue()), table));
        year.setPrefWidth(60);

        TableColumn<InnovationRow, String> value = new TableColumn<>("Multiplier");
        value.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().value()));
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        value.setOnEditCommit(e -> show(error, vm.setMultiplier(e.getRowValue().id(), e.getNewValue()), table));
        value.setPrefWidth(160);

        TableColumn<InnovationRow, String> anchor = new TableColumn<>("Anchor");
        anchor.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().anchor()));
        anchor.setCellFactory(ChoiceBoxTableCell.forTableColumn(FXCollections.observableArrayList("reference", "candidate")));
        anchor.setOnEditCommit(e -> show(error, vm.setAnchor(e.getRowValue().id(), Anchor.parse(e.getNewValue())), table));
        anchor.setPrefWidth(90);

        table.getColumns().setAll(java.util.List.of(on, name, year, value, anchor));
        Button reset = new Button("Reset to dataset");
        reset.setId("reset-innovations");
        reset.setOnAction(e -> {
            vm.reset();
            error.setText("");
        });
        Label hint = new Label("Double-click a year, multiplier or anchor to edit; every chart follows.");
        hint.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(hint, spacer, reset);
        bar.getStyleClass().add("control-bar");
        VBox box = new VBox(bar, table, error);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static void show(Label error, java.util.Optional<String> problem, TableView<?> table) {
        error.setText(problem.orElse(""));
        // a refused edit leaves the row as it was: redraw it from the view model
        if (problem.isPresent()) table.refresh();
    }
}
