package org.scalingexplorer.ui.chart;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Rectangle;

/**
 * Zoom with the wheel or a dragged box, pan with the right or middle button (or Shift), reset with a double click;
 * a plain click picks the compute under it. Leaves presses that start on a handle to {@link HandlePlugin}.
 */
final class ZoomPanPlugin implements ChartPlugin {
    private final HandlePlugin handles;
    private final Rectangle box = new Rectangle();
    private double pressX;
    private double pressY;
    private boolean panning;
    private boolean boxing;
    /** The press started on a handle: the drag is the handle's. */
    private boolean onHandle;

    ZoomPanPlugin(HandlePlugin handles) {
        this.handles = handles;
        box.getStyleClass().add("zoom-box");
        box.setVisible(false);
        box.setManaged(false);
        box.setMouseTransparent(true);
    }

    @Override
    public void install(LogChart chart) {
        chart.addDecoration(box);
        chart.plotLayer().addEventHandler(ScrollEvent.SCROLL, e -> {
            if (chart.xAxis() == null || e.getDeltaY() == 0) return;
            double factor = Math.pow(0.85, e.getDeltaY() / 40);
            chart.setAxes(chart.xAxis().zoom(e.getX(), factor), chart.yAxis().zoom(e.getY(), factor));
            e.consume();
        });
        chart.plotLayer().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressY = e.getY();
            onHandle = handles.dragging();
            if (onHandle) return;
            panning = e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE || e.isShiftDown();
            boxing = false;
            if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) {
                // the double-click's first click moved the cursor: take it back, then reset the zoom
                chart.unpick();
                chart.resetZoom();
            }
        });
        chart.plotLayer().addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (chart.xAxis() == null || onHandle) return;
            if (panning) {
                chart.setAxes(chart.xAxis().pan(e.getX() - pressX), chart.yAxis().pan(e.getY() - pressY));
                pressX = e.getX();
                pressY = e.getY();
                return;
            }
            if (Math.abs(e.getX() - pressX) > 5 || Math.abs(e.getY() - pressY) > 5) {
                boxing = true;
                box.setVisible(true);
                box.setX(chart.plotLayer().getLayoutX() + Math.min(pressX, e.getX()));
                box.setY(chart.plotLayer().getLayoutY() + Math.min(pressY, e.getY()));
                box.setWidth(Math.abs(e.getX() - pressX));
                box.setHeight(Math.abs(e.getY() - pressY));
            }
        });
        chart.plotLayer().addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (chart.xAxis() == null || onHandle) {
                onHandle = false;
                return;
            }
            if (boxing) {
                box.setVisible(false);
                if (Math.abs(e.getX() - pressX) > 5 && Math.abs(e.getY() - pressY) > 5) {
                    chart.setAxes(chart.xAxis().between(pressX, e.getX()), chart.yAxis().between(pressY, e.getY()));
                }
            } else if (!panning && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && chart.inPlot(e.getX(), e.getY())) {
                chart.pick(chart.xAxis().toValue(e.getX()));
            }
            boxing = false;
            panning = false;
        });
    }
}
