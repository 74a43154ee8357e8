package org.scalingexplorer.ui.chart;

import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

import org.scalingexplorer.render.ChartExport;

/**
 * A chart drawn on a canvas that fills the pane, from the same drawing the exports use: redrawn when resized and
 * whenever one of {@code triggers} changes.
 */
public final class DrawingPane extends Pane {
    private final Canvas canvas = new Canvas();
    private final Supplier<ChartExport.Drawing> drawing;

    public DrawingPane(Supplier<ChartExport.Drawing> drawing, Observable... triggers) {
        this.drawing = drawing;
        getChildren().add(canvas);
        getStyleClass().add("drawing-pane");
        setMinSize(0, 0);
        for (Observable o : triggers) o.addListener(x -> redraw());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    /** Draws again now (it does when resized and when a trigger changes), if on screen. */
    public void redraw() {
        // nothing to draw for while the window is closed or the pane out of sight (a tab not chosen)
        if (canvas.getWidth() < 10 || canvas.getHeight() < 10 || getScene() == null || getScene().getWindow() == null
                || !getScene().getWindow().isShowing()) return;
        drawing.get().draw(new FxPainter(canvas.getGraphicsContext2D()), canvas.getWidth(), canvas.getHeight());
    }

    public Canvas canvas() {
        return canvas;
    }
}
