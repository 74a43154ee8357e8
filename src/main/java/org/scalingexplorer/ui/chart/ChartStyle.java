package org.scalingexplorer.ui.chart;

import javafx.scene.paint.Color;

/**
 * Colours and sizes the canvas drawing uses. Canvas pixels get no CSS, so themes and presentation mode hand the
 * chart one of these; {@code scale} multiplies every font size and line width.
 */
public record ChartStyle(Color background, Color foreground, Color muted, Color grid, Color labelBackground,
                         double fontSize, double scale) {

    public static ChartStyle light() {
        return new ChartStyle(Color.WHITE, Color.web("#1f2328"), Color.web("#57606a"), Color.web("#d8dee4"),
                Color.web("#ffffff", 0.88), 13, 1);
    }

    public ChartStyle withScale(double s) {
        return new ChartStyle(background, foreground, muted, grid, labelBackground, fontSize, s);
    }

    public double font() {
        return fontSize * scale;
    }

    public double line() {
        return 2 * scale;
    }
}
