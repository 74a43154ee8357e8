package org.scalingexplorer.ui.attribution;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.controlsfx.control.SegmentedButton;

import org.scalingexplorer.figure.FramesFigure;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.ui.Choice;
import org.scalingexplorer.ui.chart.LogChart;
import org.scalingexplorer.ui.chart.Swatches;
import org.scalingexplorer.ui.chart.YearChart;

/**
 * The side panel: the stacked-area attribution with its modes, gains by compute scale, reference frames with the
 * pairwise matrix, and the innovation table.
 */
public final class SidePanelView extends TabPane {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final YearChart chart = new YearChart();
    private final YearChart scaleChart = new YearChart();
    private final LogChart lastYearChart = new LogChart();
    private final YearChart framesChart = new YearChart();
    private final MatrixView matrix = new MatrixView();

    public SidePanelView(AttributionViewModel attribution, InnovationsViewModel innovations, ScaleViewModel scale, FramesViewModel frames) {
        getStyleClass().add("side-panel");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab a = new Tab("Attribution", attributionPane(attribution));
        a.setId("tab-attribution");
        // short titles: all four tabs fit a 1280-pixel window's side panel; the tooltips say the rest
        a.setTooltip(new Tooltip("Efficiency gains by innovation, stacked, 2012-2025"));
        // the other tabs are built when first shown: a faster start, and no drawing for panes nobody sees
        Tab s = lazy("By scale", () -> scalePane(scale, attribution));
        s.setId("tab-scale");
        s.setTooltip(new Tooltip("Gains by compute scale: small models gained little"));
        Tab f = lazy("Frames", () -> framesPane(frames, attribution));
        f.setId("tab-frames");
        f.setTooltip(new Tooltip("Reference frames: the frontier against a reference you pick, and the pairwise CEG matrix"));
        Tab i = lazy("Innovations", () -> innovationsPane(innovations));
        i.setId("tab-innovations");
        getTabs().addAll(a, s, f, i);
        // the matrix is recomputed on slider steps only while someone looks at it
        frames.matrixActiveProperty().bind(f.selectedProperty());
        setMinWidth(280);
    }

    /** A tab whose content is made the first time it is selected. */
    private static Tab lazy(String title, Supplier<Node> content) {
        Tab t = new Tab(title);
        t.selectedProperty().addListener((o, was, now) -> {
            if (now && t.getContent() == null) t.setContent(content.get());
        });
        return t;
    }

    public YearChart scaleChart() {
        return scaleChart;
    }

    public LogChart lastYearChart() {
        return lastYearChart;
    }

    public YearChart framesChart() {
        return framesChart;
    }

    private BorderPane scalePane(ScaleViewModel vm, AttributionViewModel attribution) {
        TextField computes = new TextField(vm.computesTextProperty().get());
        computes.setId("scale-computes");
        computes.setPrefColumnCount(22);
        computes.setAccessibleText("Fixed computes, in FLOP, separated by commas");
        vm.computesTextProperty().addListener((o, was, now) -> computes.setText(now));
        Label error = new Label();
        error.setId("scale-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        Runnable apply = () -> {
            Optional<String> problem = vm.setComputes(computes.getText());
            error.setText(problem.orElse(""));
            computes.pseudoClassStateChanged(INVALID, problem.isPresent());
        };
        computes.setOnAction(e -> apply.run());
        computes.focusedProperty().addListener((o, was, now) -> {
            if (!now) apply.run();
        });
        Button reset = new Button("Defaults");
        reset.setOnAction(e -> {
            vm.resetComputes();
            error.setText("");
            computes.pseudoClassStateChanged(INVALID, false);
        });
        Label caption = new Label("Fixed computes (FLOP):");
        caption.setLabelFor(computes);
        HBox row = new HBox(caption, computes, reset);
        row.getStyleClass().add("control-row");
        HBox.setHgrow(computes, Priority.ALWAYS);
        Label readout = readout("scale-readout", vm.readoutProperty());
        VBox bar = new VBox(6, row, error, readout);
        bar.getStyleClass().add("control-bar");

        scaleChart.setId("scale-chart");
        scaleChart.plotProperty().bind(vm.overYearsProperty());
        scaleChart.cursorYearProperty().bindBidirectional(attribution.yearProperty());
        lastYearChart.setId("last-year-chart");
        lastYearChart.plotProperty().bind(vm.lastYearProperty());
        lastYearChart.overlayProperty().bind(vm.lastYearOverlayProperty());
        lastYearChart.setYFormat("gain", v -> Numbers.times(v));
        lastYearChart.setOnPick(vm::pickCompute);
        lastYearChart.setOnUnpick(vm::unpick);
        SplitPane charts = new SplitPane(scaleChart, lastYearChart);
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.5);
        BorderPane pane = new BorderPane(charts);
        pane.setTop(bar);
        return pane;
    }

    private BorderPane framesPane(FramesViewModel vm, AttributionViewModel attribution) {
        ComboBox<Choice> reference = new ComboBox<>(vm.references());
        reference.setId("frames-reference");
        reference.setAccessibleText("Reference the frontier models are measured against");
        Runnable select = () -> vm.references().stream().filter(a -> a.id().equals(vm.referenceIdProperty().get())).findFirst()
                .ifPresent(reference::setValue);
        select.run();
        vm.referenceIdProperty().addListener((o, was, now) -> select.run());
        vm.references().addListener((ListChangeListener<Choice>) c -> select.run());
        reference.valueProperty().addListener((o, was, now) -> {
            if (now != null) vm.referenceIdProperty().set(now.id());
        });
        Label caption = new Label("Measure the frontier against:");
        caption.setLabelFor(reference);
        HBox row = new HBox(caption, reference);
        row.getStyleClass().add("control-row");
        VBox bar = new VBox(6, row, readout("frames-readout", vm.readoutProperty()));
        bar.getStyleClass().add("control-bar");

        framesChart.setId("frames-chart");
        framesChart.plotProperty().bind(vm.plotProperty());
        framesChart.cursorYearProperty().bindBidirectional(attribution.yearProperty());

        TableView<FramesFigure.FrameRow> table = new TableView<>(vm.rows());
        table.setId("frames-table");
        // the swatches take the theme's series colours
        framesChart.chartStyleProperty().addListener((o, was, now) -> table.refresh());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FramesFigure.FrameRow, FramesFigure.FrameRow> name = new TableColumn<>("Reference");
        name.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FramesFigure.FrameRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name());
                setGraphic(empty || r == null ? null : Swatches.of(r.color(), framesChart.chartStyleProperty().get(), 12, 12));
            }
        });
        name.setPrefWidth(220);
        int last = (int) AttributionViewModel.TO;
        int first = (int) AttributionViewModel.FROM;
        table.getColumns().setAll(List.of(name,
                textColumn("CEG in " + last, FramesFigure.FrameRow::cegLastYear,
                        "The frontier model's CEG against this reference in " + last),
                textColumn(first + "-" + String.format("%02d", last % 100) + " avg", FramesFigure.FrameRow::averageGrowth,
                        "Average growth per year of that CEG from " + first + " to " + last),
                textColumn(last + " rate", FramesFigure.FrameRow::growthLastYear,
                        "Growth per year in " + last + " between innovations (scale-dependent gains growing with the trend's compute)")));
        table.setPrefHeight(150);

        matrix.setId("ceg-matrix");
        vm.matrixProperty().addListener((o, was, now) -> matrix.show(now));
        matrix.show(vm.matrixProperty().get());

        SplitPane split = new SplitPane(framesChart, table, matrix);
        split.setOrientation(Orientation.VERTICAL);
        // the chart first: at 1280 x 800 its title and legend take half of a smaller share, leaving a strip of plot
        framesChart.setMinHeight(300);
        table.setMinHeight(96);
        matrix.setMinHeight(80);
        split.setDividerPositions(0.62, 0.82);
        BorderPane pane = new BorderPane(split);
        pane.setTop(bar);
        return pane;
    }

    private static <R> TableColumn<R, String> textColumn(String title, Function<R, String> value, String explanation) {
        TableColumn<R, String> col = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new Tooltip(explanation));
        col.setGraphic(header);
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        col.getStyleClass().add("numeric");
        col.setPrefWidth(100);
        return col;
    }

    private static Label readout(String id, ObservableStringValue text) {
        Label readout = new Label();
        readout.setId(id);
        readout.getStyleClass().add("readout");
        readout.textProperty().bind(text);
        readout.accessibleTextProperty().bind(text);
        readout.setWrapText(true);
        readout.setMinHeight(Region.USE_PREF_SIZE);
        return readout;
    }

    public YearChart attributionChart() {
        return chart;
    }

    private BorderPane attributionPane(AttributionViewModel vm) {
        // short names that fit the panel at 1280 in every theme; the tooltips say the rest
        ToggleButton frontier = new ToggleButton("Frontier");
        ToggleButton fixed = new ToggleButton("Fixed compute");
        frontier.setTooltip(new Tooltip("Each year at the frontier's compute (the compute trend)"));
        fixed.setTooltip(new Tooltip("Every year at the compute slider's value"));
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
        Label readout = readout("attribution-readout", vm.readoutProperty());
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

        table.getColumns().setAll(List.of(on, name, year, value, anchor));
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

    private static void show(Label error, Optional<String> problem, TableView<?> table) {
        error.setText(problem.orElse(""));
        // a refused edit leaves the row as it was: redraw it from the view model
        if (problem.isPresent()) table.refresh();
    }
}
