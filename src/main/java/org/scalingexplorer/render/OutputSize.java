package org.scalingexplorer.render;

import java.util.List;
import java.util.Locale;

/**
 * What an export is for, and so how large its text is: a slide (13.33 in wide, 12 pt text) or a paper's column (3.5
 * in) or full width (7 in) at 300 dpi (8 and 9 pt text, as journals ask). The text's pixels follow from the points
 * and the output's resolution; a PDF's page is the real width.
 *
 * @param widthInches the printed or projected width
 * @param textPoints  the labels' size in points at that width
 */
public record OutputSize(String id, String label, int width, int height, double widthInches, double textPoints) {
    public static final OutputSize SLIDE = new OutputSize("slide", "Slide 16:9, 1920 x 1080 (13.33 x 7.5 in)", 1920, 1080, 13.333, 12);
    public static final OutputSize SLIDE_4K = new OutputSize("slide-4k", "Slide 16:9 at 4K, 3840 x 2160", 3840, 2160, 13.333, 12);
    public static final OutputSize SLIDE_4_3 = new OutputSize("slide-4-3", "Slide 4:3, 1600 x 1200 (10 x 7.5 in)", 1600, 1200, 10, 12);
    public static final OutputSize COLUMN = new OutputSize("column", "Paper column, 3.5 in at 300 dpi (1050 x 788)", 1050, 788, 3.5, 8);
    public static final OutputSize FULL = new OutputSize("full", "Paper full width, 7 in at 300 dpi (2100 x 1290)", 2100, 1290, 7, 9);
    public static final List<OutputSize> PRESETS = List.of(SLIDE, SLIDE_4K, SLIDE_4_3, COLUMN, FULL);

    /** Pixels per inch at the printed or projected size. */
    public double dpi() {
        return width / widthInches;
    }

    /** The labels' height in pixels: the points at the output's resolution. */
    public double textPixels() {
        return textPoints * dpi() / 72;
    }

    /** The PDF page's width in points. */
    public double pageWidthPoints() {
        return widthInches * 72;
    }

    /** {@code style} with its text sized for this output (never smaller than the screen's). */
    public ChartStyle style(ChartStyle style) {
        return style.withScale(style.scale() * Math.max(1, textPixels() / style.fontSize()));
    }

    public static OutputSize parse(String id) {
        for (OutputSize s : PRESETS) if (s.id.equals(id.trim().toLowerCase(Locale.ROOT))) return s;
        throw new IllegalArgumentException("--size must be one of " + PRESETS.stream().map(OutputSize::id).toList() + ", got '" + id + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
