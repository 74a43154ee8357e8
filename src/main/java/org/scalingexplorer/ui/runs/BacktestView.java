package org.scalingexplorer.ui.runs;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.chart.DrawingPane;

/** The Backtest tab: algorithm, window and split; the error of each prediction against compute; what it checked. */
final class BacktestView extends BorderPane {
    BacktestView(BacktestViewModel vm, ObservableValue<ChartStyle> style) {
        setPadding(new Insets(12));
        ComboBox<String> algorithm = new ComboBox<>(vm.algorithms());
        algorithm.setId("backtest-algorithm");
        algorithm.valueProperty().bindBidirectional(vm.algorithmProperty());
        TextField low = Forms.field("backtest-window-low", "e.g. 1e16");
        low.textProperty().bindBidirectional(vm.window().lowProperty());
        TextField high = Forms.field("backtest-window-high", "e.g. 5e17");
        high.textProperty().bindBidirectional(vm.window().highProperty());
        TextField split = Forms.field("backtest-split", "e.g. 1e17");
        split.textProperty().bindBidirectional(vm.splitProperty());
        split.setTooltip(new Tooltip("The law is fitted on the frontier below this compute, as it would have been before the larger runs, "
                + "and each frontier point above it is predicted"));
        Button run = Forms.button("backtest-run", "Backtest");
        run.setDefaultButton(true);
        run.setOnAction(e -> vm.run());
        Forms.idleOnly(vm.finding().task(), run);
        TextField sizes = Forms.field("backtest-sizes", "e.g. 128");
        sizes.setPrefColumnCount(6);
        sizes.textProperty().bindBidirectional(vm.sizesProperty());
        sizes.setTooltip(new Tooltip("Instead of a compute: the law is fitted on the runs up to this size (parameters, or the size in the "
                + "file names) and predicts the frontier the larger runs reached beyond them. Leave empty to split by compute"));
        FlowPane settings = new FlowPane(8, 6, new Label("Algorithm"), algorithm, new Label("Window (FLOP)"), low, new Label("to"), high,
                new Label("Fit below (FLOP)"), split, new Label("or on sizes up to"), sizes, run);
        settings.setAlignment(Pos.CENTER_LEFT);
        settings.setPadding(new Insets(0, 0, 8, 0));
        setTop(settings);
        DrawingPane chart = new DrawingPane(() -> vm.drawing(style.getValue()), vm.finding().resultProperty(), style);
        chart.setId("backtest-chart");
        setCenter(chart);
        setBottom(Forms.foot(Forms.reading("backtest-summary", vm.finding().summaryProperty(), 4, "What the fit rests on, how far its predictions were checked and how far off they were; beyond that, a projection"), vm.finding().task(), "backtest"));
    }
}
