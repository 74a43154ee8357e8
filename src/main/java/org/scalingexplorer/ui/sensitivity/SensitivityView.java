package org.scalingexplorer.ui.sensitivity;

import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

import org.scalingexplorer.render.TornadoRenderer;
import org.scalingexplorer.ui.chart.FxPainter;

/** The sensitivity window's content: the relative change, the tornado chart, and what moves the total most. */
public final class SensitivityView extends BorderPane {
    private final Canvas canvas = new Canvas();
    private final Canvas gapCanvas = new Canvas();
    private final SensitivityViewModel vm;

    public SensitivityView(SensitivityViewModel vm) {
        this.vm = vm;
        getStyleClass().add("sensitivity");
        TextField percent = new TextField("10");
        percent.setId("sensitivity-percent");
        percent.setPrefColumnCount(4);
        percent.setAccessibleText("Relative change of each input, in percent");
        Label error = new Label();
        error.getStyleClass().add("error-text");
        percent.setOnAction(e -> error.setText(vm.setPercent(percent.getText()).orElse("")));
        Label caption = new Label("Move each input down and up by (%):");
        caption.setLabelFor(percent);
        Label hint = new Label("at the year cursor (drag it on the side panel)");
        hint.getStyleClass().add("muted");
        HBox top = new HBox(8, caption, percent, error, hint);
        top.setPadding(new Insets(8));
        setTop(top);
        // the tornado above, the paper's exponent-gap figure below
        Pane holder = new Pane(canvas, gapCanvas) {
            @Override
            protected void layoutChildren() {
                double split = Math.round(getHeight() * 0.64);
                canvas.setWidth(getWidth());
                canvas.setHeight(split);
                gapCanvas.setLayoutY(split);
                gapCanvas.setWidth(getWidth());
                gapCanvas.setHeight(getHeight() - split);
                redraw();
            }
        };
        holder.setMinSize(0, 0);
        setCenter(holder);
        Label readout = new Label();
        readout.setId("sensitivity-readout");
        readout.setWrapText(true);
        readout.textProperty().bind(vm.readoutProperty());
        readout.setPadding(new Insets(6, 8, 8, 8));
        setBottom(readout);
        vm.resultProperty().addListener((o, was, now) -> redraw());
        vm.styleProperty().addListener((o, was, now) -> redraw());
    }

    private void redraw() {
        var r = vm.resultProperty().get();
        if (r == null || canvas.getWidth() < 10 || canvas.getHeight() < 10) return;
        TornadoRenderer.draw(new FxPainter(canvas.getGraphicsContext2D()), r, canvas.getWidth(), canvas.getHeight(), vm.styleProperty().getValue());
        if (gapCanvas.getHeight() > 10 && !vm.gapInnovationProperty().get().isEmpty()) {
            TornadoRenderer.drawGap(new FxPainter(gapCanvas.getGraphicsContext2D()), vm.gapInnovationProperty().get(), r.year(), vm.gapProperty().get(),
                    gapCanvas.getWidth(), gapCanvas.getHeight(), vm.styleProperty().getValue());
        }
    }
}
