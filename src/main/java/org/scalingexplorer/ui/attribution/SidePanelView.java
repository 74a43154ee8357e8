package org.scalingexplorer.ui.attribution;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
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
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.controlsfx.control.SegmentedButton;

import org.scalingexplorer.figure.FramesFigure;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.ui.Choice;
import org.scalingexplorer.ui.chart.ColumnFit;
import org.scalingexplorer.ui.chart.LogChart;
import org.scalingexplorer.ui.chart.NumberOrder;
import org.scalingexplorer.ui.chart.SortedRows;
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
        Tab i = lazy("Innovations", () -> new InnovationsView(innovations));
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
        computes.setPrefColumnCount(18);
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
        // a narrow panel (a wide CEG table beside it at 1280 x 800) takes the field and the button to a second line
        // rather than cut the caption and the button to "Fixed co..." and "..."
        caption.setMinWidth(Region.USE_PREF_SIZE);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        computes.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane row = new FlowPane(caption, computes, reset);
        row.getStyleClass().add("control-flow");
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
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.setLabelFor(reference);
        HBox row = new HBox(caption, reference);
        row.getStyleClass().add("control-row");
        VBox bar = new VBox(6, row, readout("frames-readout", vm.readoutProperty()));
        bar.getStyleClass().add("control-bar");

        framesChart.setId("frames-chart");
        framesChart.plotProperty().bind(vm.plotProperty());
        framesChart.cursorYearProperty().bindBidirectional(attribution.yearProperty());

        TableView<FramesFigure.FrameRow> table = new TableView<>();
        SortedRows.show(table, vm.rows());
        table.setId("frames-table");
        // the swatches take the theme's series colours
        framesChart.chartStyleProperty().addListener((o, was, now) -> table.refresh());
        TableColumn<FramesFigure.FrameRow, FramesFigure.FrameRow> name = new TableColumn<>("Reference");
        name.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        ColumnFit names = ColumnFit.of(table, name);
        name.setCellFactory(c -> new TableCell<>() {
            {
                // a long name takes two lines at 1280 x 800 rather than being cut
                setWrapText(true);
                fontProperty().addListener((o, was, now) -> names.fitWords(this));
            }

            @Override
            protected void updateItem(FramesFigure.FrameRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name());
                setGraphic(empty || r == null ? null : Swatches.of(r.color(), framesChart.chartStyleProperty().get(), 12, 12));
                names.fitWords(this);
            }
        });
        name.setPrefWidth(220);
        int last = (int) AttributionViewModel.TO;
        int first = (int) AttributionViewModel.FROM;
        table.getColumns().setAll(List.of(name,
                textColumn(table, "CEG in\n" + last, FramesFigure.FrameRow::cegLastYear,
                        "The frontier model's CEG against this reference in " + last),
                textColumn(table, "Average\n" + first + "-" + String.format("%02d", last % 100), FramesFigure.FrameRow::averageGrowth,
                        "Average growth per year of that CEG from " + first + " to " + last),
                textColumn(table, "Rate\nin " + last, FramesFigure.FrameRow::growthLastYear,
                        "Growth per year in " + last + " between innovations (scale-dependent gains growing with the trend's compute)")));
        table.setColumnResizePolicy(ColumnFit.nameTakesTheRest(name));
        table.setPrefHeight(150);

        matrix.setId("ceg-matrix");
        vm.matrixProperty().addListener((o, was, now) -> matrix.show(now));
        matrix.show(vm.matrixProperty().get());

        SplitPane split = new SplitPane(framesChart, table, matrix);
        split.setOrientation(Orientation.VERTICAL);
        // the chart first: at 1280 x 800 its title and legend take half of a smaller share, leaving a strip of plot
        framesChart.setMinHeight(290);
        table.setMinHeight(80);
        matrix.setMinHeight(80);
        split.setDividerPositions(0.62, 0.82);
        // the whole matrix keeps its room as the window is sized, then the table's rows, the chart the rest (at least
        // its minimum), until the user drags a divider: from then on they are theirs
        boolean[] dragged = {false};
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != split; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) dragged[0] = true;
            }
        });
        InvalidationListener place = o -> {
            double h = split.getHeight();
            if (h <= 0 || dragged[0]) return;
            double em = caption.getFont().getSize();
            // with room for a horizontal scroll bar where the grid is wider than the panel
            double grid = matrix.prefHeight(split.getWidth()) + 4 + (matrix.prefWidth(-1) > split.getWidth() ? 1.4 * em : 0);
            double rows = Math.max(table.getMinHeight(), Math.min(3.4 * em + 1.9 * em * Math.max(1, table.getItems().size()),
                    h - grid - framesChart.getMinHeight() - 12));
            double chart = Math.max(framesChart.getMinHeight(), h - rows - grid - 12);
            split.setDividerPositions(chart / h, Math.min(0.95, (chart + rows + 6) / h));
        };
        split.heightProperty().addListener(place);
        split.widthProperty().addListener(place);
        BorderPane pane = new BorderPane(split);
        pane.setTop(bar);
        return pane;
    }

    private static <R> TableColumn<R, String> textColumn(TableView<R> table, String title, Function<R, String> value, String explanation) {
        TableColumn<R, String> col = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new Tooltip(explanation));
        col.setGraphic(header);
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        col.getStyleClass().add("numeric");
        col.setPrefWidth(100);
        ColumnFit.whole(table, col, Function.identity());
        // "19.7×" after "2.57×", not before it
        NumberOrder.of(col);
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
}
