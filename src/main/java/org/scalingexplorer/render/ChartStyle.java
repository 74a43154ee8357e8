package org.scalingexplorer.render;

/**
 * Colours and sizes chart drawing uses. Canvas pixels get no CSS, so themes and presentation mode hand the chart one
 * of these; {@code scale} multiplies every font size and line width.
 */
public record ChartStyle(Rgba background, Rgba foreground, Rgba muted, Rgba grid, Rgba labelBackground,
                         double fontSize, double scale) {

    public static ChartStyle light() {
        return new ChartStyle(Rgba.WHITE, Rgba.web("#1f2328"), Rgba.web("#57606a"), Rgba.web("#d8dee4"),
                Rgba.web("#ffffff", 0.88), 13, 1);
    }

    public static ChartStyle dark() {
        return new ChartStyle(Rgba.web("#0d1117"), Rgba.web("#e6edf3"), Rgba.web("#9198a1"), Rgba.web("#30363d"),
                Rgba.web("#161b22", 0.9), 13, 1);
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
