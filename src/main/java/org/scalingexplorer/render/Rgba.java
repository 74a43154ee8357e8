package org.scalingexplorer.render;

import java.util.Locale;

/** A colour with alpha, components 0..1. Plain data, so that charts are drawn with or without JavaFX. */
public record Rgba(double r, double g, double b, double a) {
    public static final Rgba WHITE = new Rgba(1, 1, 1, 1);
    public static final Rgba BLACK = new Rgba(0, 0, 0, 1);

    /** {@code #rgb}, {@code #rrggbb} or {@code #rrggbbaa}. */
    public static Rgba web(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        if (h.length() != 6 && h.length() != 8) throw new IllegalArgumentException("not a colour: " + hex);
        double a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1;
        return new Rgba(Integer.parseInt(h.substring(0, 2), 16) / 255.0, Integer.parseInt(h.substring(2, 4), 16) / 255.0,
                Integer.parseInt(h.substring(4, 6), 16) / 255.0, a);
    }

    public static Rgba web(String hex, double alpha) {
        return web(hex).withAlpha(alpha);
    }

    public Rgba withAlpha(double alpha) {
        return new Rgba(r, g, b, alpha);
    }

    /** Multiplies the alpha, as JavaFX's deriveColor(0, 1, 1, k) does. */
    public Rgba fade(double k) {
        return new Rgba(r, g, b, Math.max(0, Math.min(1, a * k)));
    }

    /** 70% brightness, as JavaFX's Color.darker(). */
    public Rgba darker() {
        return new Rgba(r * 0.7, g * 0.7, b * 0.7, a);
    }

    /** WCAG relative luminance (sRGB). */
    public double luminance() {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(double c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** WCAG contrast ratio with {@code other}, 1 to 21 (alpha ignored). */
    public double contrast(Rgba other) {
        double l1 = luminance();
        double l2 = other.luminance();
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    /** {@code t} of the way from this colour to {@code other} (alpha kept). */
    public Rgba mix(Rgba other, double t) {
        return new Rgba(r + t * (other.r - r), g + t * (other.g - g), b + t * (other.b - b), a);
    }

    public int argb() {
        return ((int) Math.round(a * 255) << 24) | ((int) Math.round(r * 255) << 16) | ((int) Math.round(g * 255) << 8) | (int) Math.round(b * 255);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(r * 255), Math.round(g * 255), Math.round(b * 255));
    }
}
