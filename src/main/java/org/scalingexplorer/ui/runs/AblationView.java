package org.scalingexplorer.ui.runs;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.Choice;
import org.scalingexplorer.ui.chart.DrawingPane;

/** The ablation tab: baseline, size, target and method; the multipliers as bars and as a table; add one as an innovation. */
final class AblationView extends BorderPane {
    AblationView(AblationViewModel vm, ObservableValue<ChartStyle> style) {
        setPadding(new Insets(12));
        ComboBox<String> baseline = new ComboBox<>(vm.algorithms());
        baseline.setId("ablation-baseline");
        baseline.valueProperty().bindBidirectional(vm.baselineProperty());
        ComboBox<Choice> size = new ComboBox<>(vm.sizes());
        size.setId("ablation-size");
        size.valueProperty().bindBidirectional(vm.sizeProperty());
        TextField target = Forms.field("ablation-target", "final or a loss");
        target.textProperty().bindBidirectional(vm.targetProperty());
        ChoiceBox<Choice> method = new ChoiceBox<>();
        method.setId("ablation-method");
        method.getItems().setAll(AblationViewModel.METHODS);
        method.valueProperty().bindBidirectional(vm.methodProperty());
        Button measure = Forms.button("ablation-measure", "Measure");
        measure.setDefaultButton(true);
        measure.setOnAction(e -> vm.measure());
        FlowPane settings = new FlowPane(8, 6, new Label("Baseline"), baseline, new Label("Size"), size, new Label("Target loss"), target,
                new Label("Compute at the target"), method, measure);
        settings.setAlignment(Pos.CENTER_LEFT);
        // the result right under the Measure button, where the eye is
        VBox top = new VBox(4, settings, Forms.status(vm.task(), () -> { }, "ablation"));
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        TableView<AblationViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("ablation-table");
        table.setPlaceholder(new Label("Measure to see each variant's multiplier"));
        table.getColumns().setAll(List.of(FrontierView.column("Variant", AblationViewModel.Row::variant, 160),
                FrontierView.column("Multiplier", AblationViewModel.Row::multiplier, 100),
                FrontierView.column("95% interval", AblationViewModel.Row::interval, 160),
                FrontierView.column("n", AblationViewModel.Row::n, 120),
                FrontierView.column("Flags", AblationViewModel.Row::flags, 160),
                FrontierView.column("Note", AblationViewModel.Row::note, 360)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Spinner<Integer> year = Forms.spinner("ablation-year", 1950, 2100, 1);
        year.getValueFactory().setValue(vm.yearProperty().get());
        year.valueProperty().addListener((o, was, now) -> vm.yearProperty().set(now));
        Button add = Forms.button("ablation-add", "Add Selected as Innovation");
        add.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> {
            AblationViewModel.Row r = table.getSelectionModel().getSelectedItem();
            if (r != null) vm.addAsInnovation(r.variant());
        });
        CheckBox inverse = new CheckBox("Baseline has the innovation (variants swap it back)");
        inverse.setId("ablation-baseline-has-it");
        inverse.selectedProperty().bindBidirectional(vm.baselineHasInnovationProperty());
        FlowPane adding = new FlowPane(8, 6, inverse, new Label("Active from"), year, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        VBox lower = new VBox(6, table, adding);
        DrawingPane chart = new DrawingPane(() -> vm.drawing(style.getValue()), vm.measuredProperty(), style);
        chart.setId("ablation-chart");
        SplitPane split = new SplitPane(chart, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setCenter(split);
    }
}
