package org.scalingexplorer.ui.chart;

import java.util.List;

import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.LogAxis;
import org.scalingexplorer.render.LogChartRenderer;

/** Draggable handles: a drag that starts on one moves it (and nothing else), the cursor shows a hand over one. */
final class HandlePlugin implements ChartPlugin {
    private LogChart chart;
    private int dragging = -1;

    @Override
    public void install(LogChart chart) {
        this.chart = chart;
        chart.plotLayer().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragging = handleAt(e.getX(), e.getY());
            if (dragging >= 0) e.consume();
        });
        chart.plotLayer().addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragging < 0 || chart.xAxis() == null) return;
            LogAxis x = chart.xAxis();
            LogAxis y = chart.yAxis();
            double sx = Math.max(x.screenFrom(), Math.min(x.screenTo(), e.getX()));
            double sy = Math.max(y.screenTo(), Math.min(y.screenFrom(), e.getY()));
            chart.handleMover().move(dragging, x.toValue(sx), y.toValue(sy));
            e.consume();
        });
        chart.plotLayer().addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging < 0) return;
            dragging = -1;
            e.consume();
        });
        chart.plotLayer().addEventHandler(MouseEvent.MOUSE_MOVED, e ->
                chart.plotLayer().setCursor(handleAt(e.getX(), e.getY()) >= 0 ? Cursor.HAND : null));
    }

    /** Whether a handle is being dragged: the axes then hold still, or it would jump away from the mouse. */
    boolean dragging() {
        return dragging >= 0;
    }

    private int handleAt(double x, double y) {
        if (chart.xAxis() == null) return -1;
        List<ChartData.Handle> hs = chart.handlesProperty().get();
        double r = LogChartRenderer.HANDLE_RADIUS + 4;
        for (int i = 0; i < hs.size(); i++) {
            double dx = chart.xAxis().toScreen(hs.get(i).x()) - x;
            double dy = chart.yAxis().toScreen(hs.get(i).y()) - y;
            if (dx * dx + dy * dy <= r * r) return i;
        }
        return -1;
    }
}
