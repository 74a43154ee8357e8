package org.scalingexplorer.model;

import java.util.Locale;

/**
 * How a series' line is drawn: its dash and its width (a multiple of the theme's line width). Kept with the algorithm,
 * so a dataset or workspace carries it; the extrapolated part of a line keeps the dash and is drawn faded, or dashed
 * when the line itself is solid.
 */
public record LineStyle(Dash dash, double width) {
    public static final double MIN_WIDTH = 0.5;
    public static final double MAX_WIDTH = 4;
    public static final LineStyle DEFAULT = new LineStyle(Dash.SOLID, 1);

    public enum Dash {
        SOLID, DASHED, DOTTED;

        /** The dash lengths at a scale (pixels per point); none for solid. What charts and legends draw. */
        public double[] lengths(double scale) {
            return switch (this) {
                case SOLID -> new double[0];
                case DASHED -> new double[] {7 * scale, 5 * scale};
                case DOTTED -> new double[] {1.5 * scale, 3.5 * scale};
            };
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code solid}, {@code dashed} or {@code dotted}; anything else is refused with the accepted words. */
        public static Dash parse(String text) {
            for (Dash d : values()) if (d.id().equals(text)) return d;
            throw new IllegalArgumentException("expected solid, dashed or dotted, got '" + text + "'");
        }

        @Override
        public String toString() {
            return id().substring(0, 1).toUpperCase(Locale.ROOT) + id().substring(1);
        }
    }

    public LineStyle {
        if (dash == null) dash = Dash.SOLID;
        if (!(width >= MIN_WIDTH && width <= MAX_WIDTH)) {
            throw new IllegalArgumentException("a line width from " + MIN_WIDTH + " to " + MAX_WIDTH + " times the theme's, got " + width);
        }
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }
}
