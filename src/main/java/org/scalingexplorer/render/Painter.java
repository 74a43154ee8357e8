package org.scalingexplorer.render;

import org.scalingexplorer.model.Names;

/**
 * What chart drawing needs from a surface. One implementation draws on a JavaFX canvas (the window), one on a
 * Java2D {@code Graphics2D} (PNG, SVG and PDF, with or without a display), so that exports match the window.
 */
public interface Painter {
    enum HAlign { LEFT, CENTER, RIGHT }

    enum VAlign { TOP, CENTER, BASELINE, BOTTOM }

    void fill(Rgba c);

    void stroke(Rgba c);

    void lineWidth(double w);

    /** Dash lengths; none for a solid line. */
    void dashes(double... lengths);

    void font(double size, boolean bold);

    double textWidth(String text);

    void text(String text, double x, double y, HAlign h, VAlign v);

    void line(double x1, double y1, double x2, double y2);

    /** A polyline through the first {@code n} points. */
    void polyline(double[] xs, double[] ys, int n);

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    /**
     * The polygon filled with {@code fill}, then with diagonal lines of {@code color}, {@code spacing} apart, over it
     * (scale-dependent bands). Leaves the fill colour set to {@code fill}.
     */
    void fillHatched(double[] xs, double[] ys, int n, Rgba fill, Rgba color, double spacing, double width);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    /** Makes the rectangle transparent (the window's overlay layer); an export surface paints it instead. */
    void clearRect(double x, double y, double w, double h);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arc);

    void strokeRoundRect(double x, double y, double w, double h, double arc);

    /** An ARGB raster of {@code w} by {@code h} pixels drawn at (x, y). */
    void image(int[] argb, int w, int h, double x, double y);

    void save();

    void restore();

    void translate(double x, double y);

    /** Degrees, clockwise on screen (y down). */
    void rotate(double degrees);

    void clipRect(double x, double y, double w, double h);

    /**
     * Text as every surface draws it: controls (which XML 1.0 forbids, and which no canvas should act on) as visible
     * symbols, by the one rule names are kept by ({@link Names#visible}), so the window, PNG,
     * PDF and SVG show any text alike, whatever made it.
     */
    static String shown(String s) {
        return Names.visible(s);
    }

}
