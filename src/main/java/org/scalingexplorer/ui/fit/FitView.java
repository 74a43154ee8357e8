package org.scalingexplorer.ui.fit;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.scalingexplorer.model.fit.LawKind;
import org.scalingexplorer.ui.Choice;
import org.scalingexplorer.ui.DialogService;

/** The fit window's content: settings on the left, the report on the right. Binds to a {@link FitViewModel}. */
public final class FitView extends BorderPane {
    private final FitViewModel vm;
    private final DialogService dialogs;
    private final TableView<FitViewModel.ParameterRow> parameters = new TableView<>();
    private final ScatterChart<Number, Number> residuals;
    private final Label quality = wrapping("fit-quality");
    private final Label runs = wrapping("fit-runs");
    private final Label method = wrapping("fit-method");

    public FitView(FitViewModel vm, DialogService dialogs) {
        this.dialogs = dialogs;
        this.vm = vm;
        getStyleClass().add("fit-view");
        setPadding(new Insets(12));
        NumberAxis x = new NumberAxis();
        x.setLabel("log10 training compute (FLOP)");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel("ln fitted - ln observed loss");
        residuals = new ScatterChart<>(x, y);
        residuals.setId("fit-residuals");
        residuals.setTitle("Residuals");
        residuals.setLegendVisible(false);
        residuals.setAnimated(false);
        residuals.setPrefHeight(240);
        residuals.setMinHeight(160);
        setLeft(settings());
        setCenter(report());
        vm.reportProperty().addListener((o, was, now) -> showReport(now));
        showReport(vm.reportProperty().get());
    }

    private VBox settings() {
        ComboBox<FitViewModel.Source> source = new ComboBox<>(vm.sources());
        source.setId("fit-source");
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        source.setMaxWidth(Double.MAX_VALUE);
        source.setPromptText("open a runs CSV");
        Button open = new Button("Open Runs CSV...");
        open.setId("fit-open");
        open.setOnAction(e -> {
            dialogs.openFile("runs", "Runs to fit (CSV with compute and loss columns)", List.of(new DialogService.Filter("Training runs (*.csv)", "*.csv")))
                    .ifPresent(vm::loadRuns);
        });
        ChoiceBox<LawKind> law = new ChoiceBox<>();
        law.setId("fit-law");
        law.getItems().setAll(LawKind.values());
        law.valueProperty().bindBidirectional(vm.lawProperty());
        law.setConverter(new StringConverter<>() {
            @Override
            public String toString(LawKind k) {
                return k == null ? "" : switch (k) {
                    case POWER -> "Power law: A C^alpha";
                    case SATURATING -> "Saturating: E + A C^alpha";
                    case CHINCHILLA -> "L(N, D): E + A/N^alpha + B/D^beta";
                };
            }

            @Override
            public LawKind fromString(String s) {
                return null;
            }
        });
        Spinner<Integer> drop = intSpinner("fit-drop", 0, 100_000, 1);
        drop.getValueFactory().valueProperty().bindBidirectional(vm.dropHighestProperty());
        Spinner<Integer> bins = intSpinner("fit-bins", 0, 1000, 1);
        bins.getValueFactory().valueProperty().bindBidirectional(vm.frontierBinsProperty());
        TextField from = new TextField();
        from.setId("fit-min");
        from.setPromptText("any, e.g. 1e18");
        from.textProperty().bindBidirectional(vm.minComputeProperty());
        TextField to = new TextField();
        to.setId("fit-max");
        to.setPromptText("any, e.g. 3e21");
        to.textProperty().bindBidirectional(vm.maxComputeProperty());
        CheckBox huber = new CheckBox("Huber-robust (saturating law)");
        huber.setId("fit-huber");
        huber.selectedProperty().bindBidirectional(vm.huberProperty());
        Spinner<Integer> resamples = intSpinner("fit-resamples", 0, 100_000, 100);
        resamples.getValueFactory().valueProperty().bindBidirectional(vm.resamplesProperty());
        Spinner<Integer> seed = intSpinner("fit-seed", 0, Integer.MAX_VALUE, 1);
        seed.getValueFactory().valueProperty().bindBidirectional(vm.seedProperty());

        GridPane grid = new GridPane();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.setHgap(8);
        grid.setVgap(6);
        int r = 0;
        grid.addRow(r++, new Label("Runs"), source);
        grid.add(open, 1, r++);
        grid.addRow(r++, new Label("Law"), law);
        grid.addRow(r++, new Label("Drop highest-loss runs"), drop);
        grid.addRow(r++, new Label("Frontier bins (0 = all runs)"), bins);
        grid.addRow(r++, new Label("Compute from (FLOP)"), from);
        grid.addRow(r++, new Label("Compute to (FLOP)"), to);
        grid.add(huber, 1, r++);
        grid.addRow(r++, new Label("Bootstrap resamples (0 = none)"), resamples);
        grid.addRow(r++, new Label("Seed"), seed);

        Button fit = new Button("Fit");
        fit.setId("fit-run");
        fit.setDefaultButton(true);
        fit.disableProperty().bind(vm.runningProperty());
        fit.setOnAction(e -> vm.fit());
        Button cancel = new Button("Cancel");
        cancel.setId("fit-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("fit-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(8, fit, cancel, progress);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label message = wrapping("fit-message");
        message.textProperty().bind(vm.messageProperty());
        VBox box = new VBox(12, grid, buttons, message);
        box.setPrefWidth(480);
        box.setMinWidth(440);
        box.setPadding(new Insets(0, 16, 0, 0));
        return box;
    }

    private VBox report() {
        Label title = new Label("Fit report");
        title.getStyleClass().add("section-title");
        parameters.setId("fit-parameters");
        parameters.getColumns().add(column("Parameter", FitViewModel.ParameterRow::name, 90));
        parameters.getColumns().add(column("Value", FitViewModel.ParameterRow::value, 180));
        parameters.getColumns().add(column("95% low", FitViewModel.ParameterRow::low, 180));
        parameters.getColumns().add(column("95% high", FitViewModel.ParameterRow::high, 180));
        parameters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        parameters.setPrefHeight(170);
        parameters.setPlaceholder(new Label("No fit yet: choose runs and a law, then Fit"));

        Button add = new Button("Add as New Algorithm");
        add.setId("fit-add");
        add.setOnAction(e -> vm.addAsAlgorithm());
        ComboBox<Choice> target = new ComboBox<>(vm.targets());
        target.setId("fit-target");
        target.setPromptText("algorithm");
        Button replace = new Button("Replace Its Law");
        replace.setId("fit-replace");
        replace.disableProperty().bind(vm.reportProperty().isNull().or(target.valueProperty().isNull()));
        replace.setOnAction(e -> vm.replaceLaw(target.getValue().id()));
        add.disableProperty().bind(vm.reportProperty().isNull());
        Button copy = new Button("Copy Report");
        copy.setId("fit-copy");
        copy.disableProperty().bind(vm.reportProperty().isNull());
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text(vm.reportProperty().get()));
            Clipboard.getSystemClipboard().setContent(c);
        });
        // wraps rather than cutting a button's name short in a narrow window
        FlowPane apply = new FlowPane(8, 6, add, new Label("or"), target, replace, copy);
        for (Button b : List.of(add, replace, copy)) b.setMinWidth(Region.USE_PREF_SIZE);
        apply.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, title, parameters, quality, runs, method, residuals, apply);
        VBox.setVgrow(residuals, Priority.ALWAYS);
        return box;
    }

    private void showReport(FitViewModel.Report r) {
        parameters.getItems().setAll(r == null ? List.of() : r.parameters());
        quality.setText(r == null ? "" : r.quality());
        runs.setText(r == null ? "" : r.runs());
        method.setText(r == null ? "" : "Method: " + r.method());
        residuals.getData().clear();
        residuals.setVisible(r != null);
        if (r == null) return;
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        for (int i = 0; i < r.residuals().length; i++) {
            s.getData().add(new XYChart.Data<>(Math.log10(r.residualComputes()[i]), r.residuals()[i]));
        }
        residuals.getData().add(s);
    }

    /** The report as plain text, for the clipboard. */
    static String text(FitViewModel.Report r) {
        StringBuilder b = new StringBuilder("Fit of " + r.fit().kind().id() + " to " + r.source().label() + "\n");
        for (FitViewModel.ParameterRow p : r.parameters()) {
            // Copy keeps full precision; the table shows four figures
            b.append(String.format(Locale.ROOT, "%-6s %s", p.name(), p.exactValue()));
            if (!p.exactLow().isEmpty()) b.append("  [").append(p.exactLow()).append(", ").append(p.exactHigh()).append(']');
            b.append('\n');
        }
        return b.append(r.quality()).append('\n').append(r.runs()).append('\n').append("Method: ").append(r.method()).append('\n').toString();
    }

    private static TableColumn<FitViewModel.ParameterRow, String> column(String title, Function<FitViewModel.ParameterRow, String> value,
                                                                          double width) {
        TableColumn<FitViewModel.ParameterRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> Bindings.createStringBinding(() -> value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.getStyleClass().add("numeric");
        // a law's parameters in the law's order: sorted by value they would mix units (and read as text, "10" before "9")
        c.setSortable(false);
        return c;
    }

    private static Spinner<Integer> intSpinner(String id, int min, int max, int step) {
        Spinner<Integer> s = new Spinner<>(min, max, min, step);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(130);
        return s;
    }

    private static Label wrapping(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
