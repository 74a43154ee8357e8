package org.scalingexplorer.ui.explorer;

import java.util.Locale;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

import org.controlsfx.control.SegmentedButton;

import org.scalingexplorer.figure.CegRow;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.Choice;
import org.scalingexplorer.ui.chart.ColumnFit;
import org.scalingexplorer.ui.chart.LogChart;
import org.scalingexplorer.ui.chart.Swatches;

/** The explorer: control bar, the log-log chart beside the CEG chart, the CEG table. Binds to {@link ExplorerViewModel}. */
public final class ExplorerView extends BorderPane {
    private final ExplorerViewModel vm;
    private final LogChart lossChart = new LogChart();
    private final LogChart cegChart = new LogChart();
    private final Slider slider = new Slider();
    private final TextField computeField = new TextField();
    private final ComboBox<Choice> reference = new ComboBox<>();
    private final TableView<CegRowSlot> table = new TableView<>();

    public ExplorerView(ExplorerViewModel vm) {
        this(vm, false);
    }

    /** @param deferTable leave the CEG table out until {@link #attachTable()}: the charts reach the screen sooner */
    public ExplorerView(ExplorerViewModel vm, boolean deferTable) {
        this.vm = vm;
        getStyleClass().add("explorer");
        setTop(controlBar());
        lossChart.setId("loss-chart");
        cegChart.setId("ceg-chart");
        lossChart.plotProperty().bind(vm.lossPlotProperty());
        lossChart.overlayProperty().bind(vm.lossOverlayProperty());
        lossChart.setYFormat("L", v -> String.format(Locale.ROOT, "%.4f", v));
        lossChart.setOnPick(vm::pick);
        lossChart.setOnUnpick(vm::unpick);
        cegChart.plotProperty().bind(vm.cegPlotProperty());
        cegChart.overlayProperty().bind(vm.cegOverlayProperty());
        cegChart.setYFormat("CEG", v -> Numbers.times(v));
        cegChart.setOnPick(vm::pick);
        cegChart.setOnUnpick(vm::unpick);
        SplitPane charts = new SplitPane(lossChart, cegChart);
        charts.setDividerPositions(0.6);
        main = new SplitPane(charts, deferTable ? new VBox() : tablePane());
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.7);
        // the table keeps room for its summary, header and five rows (the bundled dataset's) as the window is sized,
        // the charts the rest, until the user moves the divider: from then on it is theirs
        double[] placed = {Double.NaN};
        main.heightProperty().addListener((o, was, now) -> {
            double[] at = main.getDividerPositions();
            if (now.doubleValue() <= 0 || at.length == 0 || !Double.isNaN(placed[0]) && Math.abs(at[0] - placed[0]) > 1e-3) return;
            placed[0] = Math.max(0.6, Math.min(0.75, 1 - TABLE_ROOM / now.doubleValue()));
            main.setDividerPositions(placed[0]);
        });
        setCenter(main);
    }

    private SplitPane main;

    private Node folded;
    /** The height the CEG table starts with: its summary line, header and five rows (a wrapped summary scrolls them). */
    static final double TABLE_ROOM = 205;
    private double[] unfoldedDividers;

    /** Folds the CEG table away (the charts take its room, as in present mode) or brings it back where it was. */
    public void foldTable(boolean fold) {
        if (fold && folded == null && main.getItems().size() == 2) {
            unfoldedDividers = main.getDividerPositions();
            folded = main.getItems().remove(1);
        } else if (!fold && folded != null) {
            main.getItems().add(folded);
            folded = null;
            main.setDividerPositions(unfoldedDividers);
        }
    }

    /** Builds the CEG table in the place kept for it (the app does this right after the first frame). */
    public void attachTable() {
        if (lookup("#ceg-table") != null) return;
        if (folded != null) {
            // folded away (presenting): it comes back built
            if (!(folded instanceof VBox v && v.lookup("#ceg-table") != null)) folded = tablePane();
            return;
        }
        double[] dividers = main.getDividerPositions();
        main.getItems().set(1, tablePane());
        main.setDividerPositions(dividers);
    }

    public ExplorerViewModel viewModel() {
        return vm;
    }

    public LogChart lossChart() {
        return lossChart;
    }

    public LogChart cegChart() {
        return cegChart;
    }

    public void resetZoom() {
        lossChart.resetZoom();
        cegChart.resetZoom();
    }

    private ControlBar controlBar() {
        Label refLabel = new Label("_Reference");
        refLabel.setMnemonicParsing(true);
        refLabel.setLabelFor(reference);
        reference.setId("reference");
        reference.setItems(vm.references());
        reference.setAccessibleText("Reference algorithm");
        selectReference();
        vm.referenceIdProperty().addListener((o, was, now) -> selectReference());
        vm.references().addListener((ListChangeListener<Choice>) c -> selectReference());
        reference.valueProperty().addListener((o, was, now) -> {
            if (now != null) vm.referenceIdProperty().set(now.id());
        });

        ToggleButton atReference = new ToggleButton("Reference");
        ToggleButton atCandidate = new ToggleButton("Candidate");
        atReference.setId("anchor-reference");
        atCandidate.setId("anchor-candidate");
        atReference.setTooltip(new Tooltip("Anchored at the reference: the reference trains with C; CEG = C / (compute the candidate needs for the same loss)"));
        atCandidate.setTooltip(new Tooltip("Anchored at the candidate: each candidate trains with C; CEG = (compute the reference needs for the same loss) / C"));
        SegmentedButton anchor = new SegmentedButton(atReference, atCandidate);
        anchor.getStyleClass().add("anchor");
        Runnable syncAnchor = () -> (vm.anchorProperty().get() == Anchor.REFERENCE ? atReference : atCandidate).setSelected(true);
        syncAnchor.run();
        vm.anchorProperty().addListener((o, was, now) -> syncAnchor.run());
        anchor.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // a segmented choice always has one side selected
                return;
            }
            vm.anchorProperty().set(now == atReference ? Anchor.REFERENCE : Anchor.CANDIDATE);
        });

        Label computeLabel = new Label("_Compute");
        computeLabel.setMnemonicParsing(true);
        computeLabel.setLabelFor(slider);
        slider.setId("compute-slider");
        slider.minProperty().bind(vm.sliderMinProperty());
        slider.maxProperty().bind(vm.sliderMaxProperty());
        slider.valueProperty().bindBidirectional(vm.log10ComputeProperty());
        slider.setBlockIncrement(0.1);
        slider.setMajorTickUnit(2);
        slider.setMinorTickCount(1);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return Numbers.decade((int) Math.round(v));
            }

            @Override
            public Double fromString(String s) {
                return Math.log10(ComputeText.parse(s));
            }
        });
        // the decades show at once: the axis a slider draws them with fades new labels in over 750 ms, so a window
        // just opened, resized or given another range read faint in a screenshot
        slider.skinProperty().addListener((o, was, now) -> {
            if (slider.lookup(".axis") instanceof Axis<?> axis) axis.setAnimated(false);
        });
        slider.accessibleTextProperty().bind(Bindings.concat("Training compute ", vm.computeTextProperty(), " FLOP"));
        slider.addEventFilter(KeyEvent.KEY_PRESSED, this::onSliderKey);
        // the tick labels are part of the slider too: a press anywhere on it focuses it for the keyboard
        slider.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> slider.requestFocus());
        HBox.setHgrow(slider, Priority.ALWAYS);

        computeField.setId("compute-field");
        computeField.getStyleClass().add("compute-field");
        computeField.setPrefColumnCount(9);
        computeField.setAccessibleText("Training compute in FLOP; accepts 3e24, 3x10^24, 250 PF-days");
        computeField.setTooltip(new Tooltip("Type a compute: 3e24, 3x10^24, 1 PF-day, 250 PF-days; Enter to apply"));
        computeField.setText(vm.computeTextProperty().get());
        // the field follows the cursor (slider, clicks, story steps, sweeps) unless the user is typing into it: text
        // that differs from what it last showed is theirs until Enter or leaving the field
        vm.computeTextProperty().addListener((o, was, now) -> {
            if (!computeField.isFocused() || computeField.getText().equals(was)) computeField.setText(now);
        });
        computeField.setOnAction(e -> applyComputeField());
        computeField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                computeField.getStyleClass().remove("invalid");
                computeField.setText(vm.computeTextProperty().get());
            }
        });
        Label flop = new Label("FLOP");
        Label anchorLabel = new Label("Anchor");
        anchorLabel.setTooltip(new Tooltip("Which algorithm trains with the compute C: the reference, or each candidate"));
        slider.setMinWidth(160);
        for (Label l : new Label[] {refLabel, anchorLabel, computeLabel, flop}) l.setMinWidth(Region.USE_PREF_SIZE);
        anchor.setMinWidth(Region.USE_PREF_SIZE);
        reference.setMinWidth(140);
        computeField.setMinWidth(Region.USE_PREF_SIZE);

        HBox choices = new HBox(refLabel, reference, anchorLabel, anchor);
        HBox computeRow = new HBox(computeLabel, slider, computeField, flop);
        for (HBox row : new HBox[] {choices, computeRow}) row.getStyleClass().add("control-row");
        return new ControlBar(choices, computeRow);
    }

    private void applyComputeField() {
        var error = vm.enterCompute(computeField.getText());
        computeField.getStyleClass().remove("invalid");
        if (error.isPresent()) {
            computeField.getStyleClass().add("invalid");
            computeField.getTooltip().setText(error.get());
            computeField.setAccessibleHelp(error.get());
        } else {
            computeField.setText(vm.computeTextProperty().get());
            computeField.getTooltip().setText("Type a compute: 3e24, 3x10^24, 1 PF-day, 250 PF-days; Enter to apply");
            computeField.setAccessibleHelp("");
        }
    }

    /** Arrows move 0.1 decade, Page Up/Down a decade, Home/End to the ends. */
    private void onSliderKey(KeyEvent e) {
        switch (e.getCode()) {
            case RIGHT, UP -> vm.nudge(0.1);
            case LEFT, DOWN -> vm.nudge(-0.1);
            case PAGE_UP -> vm.nudge(1);
            case PAGE_DOWN -> vm.nudge(-1);
            case HOME -> vm.toStart();
            case END -> vm.toEnd();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void selectReference() {
        String id = vm.referenceIdProperty().get();
        vm.references().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> {
            // the value can still be the choice while the selection was cleared by a change of the items
            if (c.equals(reference.getValue()) && reference.getSelectionModel().getSelectedIndex() >= 0) return;
            reference.getSelectionModel().select(c);
        });
    }

    private VBox tablePane() {
        Label summary = new Label();
        summary.getStyleClass().add("summary");
        summary.setId("ceg-summary");
        summary.setFocusTraversable(true);
        summary.textProperty().bind(vm.readoutProperty());
        summary.accessibleTextProperty().bind(vm.summaryProperty());
        summary.setMaxHeight(Double.MAX_VALUE);
        // every number whole: a narrow window wraps the line rather than cutting "Transformer, Kaplan allocati..."
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);

        table.setId("ceg-table");
        // the swatches take the theme's series colours
        lossChart.chartStyleProperty().addListener((o, was, now) -> table.refresh());
        table.setItems(vm.slots());
        TableColumn<CegRowSlot, CegRow> name = new TableColumn<>("Algorithm");
        name.setCellValueFactory(c -> c.getValue().rowProperty());
        name.setCellFactory(col -> new TableCell<>() {
            // one swatch per cell, repainted only when its colour changes: a slider step updates every row
            private final Rectangle swatch = new Rectangle(12, 12);
            private String painted;
            private ChartStyle paintedIn;

            {
                ColumnFit.layOutAlone(this);
            }

            @Override
            protected void updateItem(CegRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(row.reference() ? row.name() + "  (reference)" : row.name());
                // a name the column cuts is read whole in its tooltip
                if (getTooltip() == null || !getTooltip().getText().equals(getText())) setTooltip(new Tooltip(getText()));
                ChartStyle style = lossChart.chartStyleProperty().get();
                if (!row.color().equals(painted) || style != paintedIn) {
                    Swatches.paint(swatch, row.color(), style);
                    painted = row.color();
                    paintedIn = style;
                }
                setGraphic(swatch);
            }
        });
        name.setPrefWidth(245);
        table.getColumns().add(name);
        // numbers and their titles whole at 1280 px (the table is then about 815 px wide); the names give way first
        name.setMinWidth(110);
        table.getColumns().add(textColumn("Loss at C", CegRow::loss, 85));
        table.getColumns().add(textColumn("Matched\ncompute (FLOP)", CegRow::matchedCompute, 120));
        table.getColumns().add(textColumn("CEG", CegRow::cegText, 120));
        TableColumn<CegRowSlot, String> interval = textColumn("95% interval", CegRow::interval, 150);
        interval.visibleProperty().bind(vm.intervalsProperty());
        table.getColumns().add(interval);
        table.getColumns().add(textColumn("Flags", CegRow::flags, 130));
        table.setColumnResizePolicy(ColumnFit.nameTakesTheRest(name));
        // the rows are slots in the dataset's order (a click on a title would not sort them, and the numbers are text):
        // no title offers to, nor keeps room for the arrow
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CegRowSlot slot, boolean empty) {
                super.updateItem(slot, empty);
                accessibleTextProperty().unbind();
                if (empty || slot == null) setAccessibleText(null);
                else accessibleTextProperty().bind(slot.rowProperty().map(CegRow::accessibleText));
            }
        });
        VBox box = new VBox(summary, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableColumn<CegRowSlot, String> textColumn(String title, Function<CegRow, String> value, double width) {
        TableColumn<CegRowSlot, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> c.getValue().rowProperty().map(value));
        col.setPrefWidth(width);
        col.getStyleClass().add("numeric");
        ColumnFit.whole(table, col, Function.identity());
        return col;
    }
}
