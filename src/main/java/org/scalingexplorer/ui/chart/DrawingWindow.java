package org.scalingexplorer.ui.chart;

import java.util.function.Supplier;

import javafx.beans.Observable;
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
    private DrawingPane pane;

    public DrawingWindow(String title, Supplier<ChartExport.Drawing> drawing, Observable... triggers) {
        this.title = title;
        this.drawing = drawing;
        this.triggers = triggers.clone();
    }

    public void show(Window owner) {
        if (stage == null) {
            pane = new DrawingPane(drawing, triggers);
            stage = Stages.beside(owner, title, pane, 1200, 560);
            stage.showingProperty().addListener((o, was, now) -> {
                if (now) pane.redraw();
            });
        }
        stage.show();
        stage.toFront();
    }
}
