package org.scalingexplorer.ui.chart;

import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.scalingexplorer.render.ChartExport;

/**
 * A chart in a window of its own beside the main one, not modal: it redraws whenever one of {@code triggers}
 * changes and when resized, from the same drawing the exports use.
 */
public final class DrawingWindow {
    private final String title;
    private final Supplier<ChartExport.Drawing> drawing;
    private final Observable[] triggers;
    private Stage stage;
    private Canvas canvas;

    public DrawingWindow(String title, Supplier<ChartExport.Drawing> drawing, Observable... triggers) {
        this.title = title;
        this.drawing = drawing;
        this.triggers = triggers.clone();
    }

    public void show(Window owner) {
        if (stage == null) {
            canvas = new Canvas();
            Pane holder = new Pane(canvas) {
                @Override
                protected void layoutChildren() {
                    canvas.setWidth(getWidth());
                    canvas.setHeight(getHeight());
                    redraw();
                }
            };
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(title + " - Scaling Explorer");
            Scene scene = new Scene(holder, 1200, 560);
            if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.setScene(scene);
            for (Observable o : triggers) o.addListener(x -> redraw());
        }
        stage.show();
        stage.toFront();
    }

    private void redraw() {
        if (stage == null || !stage.isShowing() || canvas.getWidth() < 10 || canvas.getHeight() < 10) return;
        drawing.get().draw(new FxPainter(canvas.getGraphicsContext2D()), canvas.getWidth(), canvas.getHeight());
    }
}
