package org.scalingexplorer.ui.runs;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.chart.DrawingPane;

/** The scale-dependence tab: baseline and variant; the CEG against compute with its band; the verdict; add as an innovation. */
final class ScaleDependenceView extends BorderPane {
    ScaleDependenceView(ScaleDependenceViewModel vm, ObservableValue<ChartStyle> style) {
        setPadding(new Insets(12));
        ComboBox<String> baseline = new ComboBox<>(vm.algorithms());
        baseline.setId("scale-baseline");
        baseline.valueProperty().bindBidirectional(vm.baselineProperty());
        ComboBox<String> variant = new ComboBox<>(vm.algorithms());
        variant.setId("scale-variant");
        variant.valueProperty().bindBidirectional(vm.variantProperty());
        TextField low = Forms.field("scale-window-low", "e.g. 1e16");
        low.textProperty().bindBidirectional(vm.window().lowProperty());
        TextField high = Forms.field("scale-window-high", "e.g. 5e17");
        high.textProperty().bindBidirectional(vm.window().highProperty());
        // how the starting window was chosen, under the pointer
        for (TextField f : List.of(low, high)) {
            Tooltip how = new Tooltip();
            how.textProperty().bind(vm.window().howProperty());
            f.setTooltip(how);
        }
        Spinner<Integer> resamples = Forms.spinner("scale-resamples", 10, 20_000, 100);
        resamples.getValueFactory().valueProperty().bindBidirectional(vm.resamplesProperty());
        resamples.setPrefWidth(100);
        TextField margin = Forms.field("scale-margin", "1.1");
        margin.textProperty().bindBidirectional(vm.marginProperty());
        margin.setPrefColumnCount(4);
        margin.setTooltip(new Tooltip("The equivalence margin, a factor per decade: \"scale-invariant\" needs the whole 95% interval "
                + "of the CEG's growth per decade inside 1/margin to margin; \"scale-dependent\" needs it to exclude 1; otherwise the runs cannot tell"));
        Button compare = Forms.button("scale-compare", "Compare");
        compare.setDefaultButton(true);
        compare.setOnAction(e -> vm.compare());
        Forms.idleOnly(vm.task(), compare);
        FlowPane settings = new FlowPane(8, 6, new Label("Baseline"), baseline, new Label("Variant"), variant, new Label("Window (FLOP)"), low,
                new Label("to"), high, new Label("Bootstrap"), resamples, new Label("Margin (× per decade)"), margin, compare);
        settings.setAlignment(Pos.CENTER_LEFT);
        settings.setPadding(new Insets(0, 0, 8, 0));
        setTop(settings);
        DrawingPane chart = new DrawingPane(() -> vm.drawing(style.getValue()), vm.comparedProperty(), style);
        chart.setId("scale-chart");
        setCenter(chart);
        TextArea verdict = new TextArea();
        verdict.setId("scale-verdict");
        verdict.setEditable(false);
        verdict.setWrapText(true);
        verdict.setPrefRowCount(5);
        verdict.textProperty().bind(vm.verdictProperty());
        verdict.setPromptText("The verdict, the exponents' difference with its interval, and the compute range it rests on");
        ChoiceBox<Anchor> anchor = new ChoiceBox<>();
        anchor.setId("scale-anchor");
        anchor.getItems().setAll(Anchor.values());
        anchor.valueProperty().bindBidirectional(vm.anchorProperty());
        anchor.setConverter(new StringConverter<>() {
            @Override
            public String toString(Anchor a) {
                return a == null ? "" : a == Anchor.REFERENCE ? "Reference (the baseline's compute)" : "Candidate (the variant's compute)";
            }

            @Override
            public Anchor fromString(String s) {
                return null;
            }
        });
        Spinner<Integer> year = Forms.spinner("scale-year", 1950, 2100, 1);
        year.getValueFactory().setValue(vm.yearProperty().get());
        year.valueProperty().addListener((o, was, now) -> vm.yearProperty().set(now));
        Button add = Forms.button("scale-add", "Add Both Laws and the Innovation");
        add.disableProperty().bind(vm.comparedProperty().isNull());
        add.setOnAction(e -> vm.addAsInnovation());
        FlowPane adding = new FlowPane(8, 6, new Label("Anchor"), anchor, new Label("Active from"), year, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(6, verdict, adding, Forms.status(vm.task(), vm::cancel, "scale"));
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
    }
}
