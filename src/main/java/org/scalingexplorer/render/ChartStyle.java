package org.scalingexplorer.render;

import java.util.Locale;

/**
 * Colours and sizes chart drawing uses. Canvas pixels get no CSS, so themes and presentation mode hand the chart one
 * of these; {@code scale} multiplies every font size and line width; {@code endLabels} names each line at its right end
 * ({@link EndLabels}) instead of in an export's legend.
 */
public record ChartStyle(Rgba background, Rgba foreground, Rgba muted, Rgba grid, Rgba labelBackground,
                         double fontSize, double scale, double minContrast, boolean endLabels) {
    public ChartStyle(Rgba background, Rgba foreground, Rgba muted, Rgba grid, Rgba labelBackground, double fontSize, double scale) {
        this(background, foreground, muted, grid, labelBackground, fontSize, scale, MIN_CONTRAST, false);
    }

    public static ChartStyle light() {
        return new ChartStyle(Rgba.WHITE, Rgba.web("#1f2328"), Rgba.web("#57606a"), Rgba.web("#d8dee4"),
                Rgba.web("#ffffff", 0.88), 13, 1);
    }

    public static ChartStyle dark() {
        return new ChartStyle(Rgba.web("#0d1117"), Rgba.web("#e6edf3"), Rgba.web("#9198a1"), Rgba.web("#30363d"),
                Rgba.web("#161b22", 0.9), 13, 1);
    }

    /**
     * Black on white, strong grid, opaque label boxes, everything a little heavier; every series colour at least 4.5:1
     * against the white (no light colour: the palette's yellow and sky blue are darkened until they reach it).
     */
    public static ChartStyle highContrast() {
        return new ChartStyle(Rgba.WHITE, Rgba.BLACK, Rgba.BLACK, Rgba.web("#767676"), Rgba.WHITE, 14, 1.15, HIGH_CONTRAST, false);
    }

    /** The contrast every series colour has against the background in the high-contrast theme (WCAG's text level). */
    public static final double HIGH_CONTRAST = 4.5;

    /** The style of a theme by its id: light, dark or high-contrast. */
    public static ChartStyle ofTheme(String id) {
        return switch (id.trim().toLowerCase(Locale.ROOT)) {
            case "light" -> light();
            case "dark" -> dark();
            case "high-contrast" -> highContrast();
            default -> throw new IllegalArgumentException("unknown theme '" + id + "'; expected light, dark or high-contrast");
        };
    }

    /** A series drawn in the theme's foreground (a total, a frontier line): black on white, white on black. */
    public static final String INK = "ink";
    /** A series drawn in the theme's muted colour (context lines and markers). */
    public static final String MUTED = "muted";
    /**
     * Every series colour reaches this contrast ratio with the background (WCAG 2.1's 1.4.11 for graphics): below it a
     * colour is moved towards the foreground: black on the dark theme (1.1:1), the palette's yellow (1.3:1), sky blue
     * (2.3:1) and orange (2.3:1) on white, the plum and indigo on the dark theme (2.2:1 and 1.6:1).
     */
    static final double MIN_CONTRAST = 3;

    /**
     * A series colour as this theme draws it: {@link #INK} and {@link #MUTED} are the theme's foreground and muted
     * colours; a colour under the theme's contrast with the background is mixed towards the foreground in small steps
     * until it reaches it, so no series fades and each keeps as much of its hue as it can.
     */
    public Rgba series(String colour) {
        if (INK.equals(colour)) return foreground;
        if (MUTED.equals(colour)) return muted;
        Rgba c = Rgba.web(colour);
        if (c.contrast(background) >= minContrast) return c;
        for (int step = 1; step < 20; step++) {
            Rgba m = c.mix(foreground, step / 20.0);
            if (m.contrast(background) >= minContrast) return m;
        }
        return foreground;
    }

    /** The output an export's text is sized for: a 1920 x 1080 image carries 24-pixel text (12 pt on a 16:9 slide). */
    public static final double OUTPUT_TEXT_PX = 24;

    /**
     * This style for an export of {@code width} x {@code height}: text sized for the output as a slide's is (12 pt on
     * a 13.33 x 7.5 in page), so a 1920 x 1080 image has 24-pixel labels; never smaller than on screen.
     */
    public ChartStyle forOutput(int width, int height) {
        double k = Math.min(width / 1920.0, height / 1080.0) * OUTPUT_TEXT_PX / fontSize;
        return withScale(scale * Math.max(1, k));
    }

    public ChartStyle withScale(double s) {
        return new ChartStyle(background, foreground, muted, grid, labelBackground, fontSize, s, minContrast, endLabels);
    }

    /** This style with each line named at its right end (in a margin right of the plot) instead of in the legend. */
    public ChartStyle withEndLabels(boolean on) {
        return new ChartStyle(background, foreground, muted, grid, labelBackground, fontSize, scale, minContrast, on);
    }

    public double font() {
        return fontSize * scale;
    }

    public double line() {
        return 2 * scale;
    }
}
