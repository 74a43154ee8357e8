package org.scalingexplorer.ui.chart;

import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;

import org.scalingexplorer.figure.Palette;

/** Colour boxes beside table rows: the palette's ink and muted tokens take the theme's text colours from the CSS. */
public final class Swatches {
    private Swatches() {
    }

    public static Rectangle of(String colour, double width, double height) {
        Rectangle r = new Rectangle(width, height);
        paint(r, colour);
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

    /** Gives an existing swatch another colour (a table cell keeps its node: a new one per update costs CSS work). */
    public static void paint(Rectangle r, String colour) {
        r.getStyleClass().removeAll("ink-swatch", "muted-swatch");
        if (Palette.INK.equals(colour)) {
            r.getStyleClass().add("ink-swatch");
        } else if (Palette.MUTED.equals(colour)) {
            r.getStyleClass().add("muted-swatch");
        } else {
            r.setFill(Color.web(colour));
        }
    }
}
