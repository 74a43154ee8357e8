package org.scalingexplorer.ui.chart;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * A chart reached by Tab: Left and Right move its cursor a small step (a tenth of a decade, or of a year), with Shift a
 * whole one; a click on the chart gives it the keys too. The chart's focus shows as a ring in the accent (base.css).
 */
final class ChartKeys {
    private ChartKeys() {
    }

    /**
     * @param at     where the cursor is now (NaN: no cursor, the keys do nothing)
     * @param small  the step Left and Right take, added to the cursor's position as the chart counts it
     * @param moveTo moves the cursor to a position (in the same terms)
     */
    static void install(Region chart, DoubleSupplier at, double small, double large, DoubleConsumer moveTo) {
        chart.setFocusTraversable(true);
        chart.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> chart.requestFocus());
        chart.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            double now = at.getAsDouble();
            if (Double.isNaN(now)) return;
            double step = e.isShiftDown() ? large : small;
            switch (e.getCode()) {
                case LEFT, KP_LEFT -> moveTo.accept(now - step);
                case RIGHT, KP_RIGHT -> moveTo.accept(now + step);
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
