package org.scalingexplorer.ui.chart;

import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;

import org.scalingexplorer.render.ChartStyle;

/** Colour boxes beside table rows and legend samples, in the colours the theme draws the series in. */
public final class Swatches {
    private Swatches() {
    }

    public static Rectangle of(String colour, ChartStyle style, double width, double height) {
        Rectangle r = new Rectangle(width, height);
        paint(r, colour, style);
        return r;
    }

    /** A legend's sample of a line: its colour, dash (empty for solid) and width, 16 pixels long. */
    public static Line line(Paint colour, double[] dash, double width) {
        Line l = new Line(0, 0, 16, 0);
        l.setStroke(colour);
        l.setStrokeWidth(width);
        l.setStrokeLineCap(StrokeLineCap.BUTT);
        for (double d : dash) l.getStrokeDashArray().add(d);
        return l;
    }

    /**
     * Gives an existing swatch the colour the theme draws the series in (a table cell keeps its node: a new one per
     * update costs CSS work), so a table's swatch matches its line in every theme.
     */
    public static void paint(Rectangle r, String colour, ChartStyle style) {
        r.setFill(FxPainter.fx(style.series(colour)));
    }
}
