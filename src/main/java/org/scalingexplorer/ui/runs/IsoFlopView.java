package org.scalingexplorer.ui.runs;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.chart.DrawingPane;

/** The IsoFLOP tab: algorithm, budgets and bootstrap; the profiles beside N_opt(C); what was placed and what was not. */
final class IsoFlopView extends BorderPane {
    IsoFlopView(IsoFlopViewModel vm, ObservableValue<ChartStyle> style) {
        setPadding(new Insets(12));
        ComboBox<String> algorithm = new ComboBox<>(vm.algorithms());
        algorithm.setId("isoflop-algorithm");
        algorithm.valueProperty().bindBidirectional(vm.algorithmProperty());
        Spinner<Integer> budgets = Forms.spinner("isoflop-budgets", 3, 100, 1);
        budgets.getValueFactory().valueProperty().bindBidirectional(vm.budgetsProperty());
        budgets.setPrefWidth(80);
        Spinner<Integer> resamples = Forms.spinner("isoflop-resamples", 0, 20_000, 100);
        resamples.getValueFactory().valueProperty().bindBidirectional(vm.resamplesProperty());
        resamples.setPrefWidth(100);
        Button run = Forms.button("isoflop-run", "Profile");
        run.setDefaultButton(true);
        run.setOnAction(e -> vm.run());
        Forms.idleOnly(vm.finding().task(), run);
        FlowPane settings = new FlowPane(8, 6, new Label("Algorithm"), algorithm, new Label("Budgets"), budgets, new Label("Bootstrap"), resamples, run);
        settings.setAlignment(Pos.CENTER_LEFT);
        settings.setPadding(new Insets(0, 0, 8, 0));
        setTop(settings);
        DrawingPane profiles = new DrawingPane(() -> vm.profiles(style.getValue()), vm.finding().resultProperty(), style);
        profiles.setId("isoflop-profiles");
        DrawingPane optimal = new DrawingPane(() -> vm.optimal(style.getValue()), vm.finding().resultProperty(), style);
        optimal.setId("isoflop-optimal");
        setCenter(new SplitPane(profiles, optimal));
        setBottom(Forms.foot(Forms.reading("isoflop-summary", vm.finding().summaryProperty(), 4, "Each budget's minimum or why it has none, and the exponent of N_opt(C) with its interval"), vm.finding().task(), "isoflop"));
    }
}
