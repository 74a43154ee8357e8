package org.scalingexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.scalingexplorer.render.Rgba;

/**
 * A line along an axis is drawn as the rectangle its stroke covers (a fraction of a stroke's cost on the software
 * pipeline). Each case is drawn twice, by the painter and by the canvas's own stroke, and the pixels compared.
 */
@ExtendWith(ApplicationExtension.class)
class FxPainterLineTest {
    private static final Rgba INK = new Rgba(0.2, 0.4, 0.8, 0.6);

    @Start
    void start(Stage stage) {
    }

    private static WritableImage draw(FxRobot robot, Consumer<GraphicsContext> setup, boolean painter, double... line) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            Canvas canvas = new Canvas(60, 40);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setStroke(FxPainter.fx(INK));
            setup.accept(g);
            if (painter) new FxPainter(g).line(line[0], line[1], line[2], line[3]);
            else g.strokeLine(line[0], line[1], line[2], line[3]);
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            shot[0] = canvas.snapshot(transparent, null);
        });
        return shot[0];
    }

    /** The largest difference of any channel of any pixel, and that something was drawn at all. */
    private static double difference(WritableImage a, WritableImage b) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        double worst = 0;
        double ink = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                Color ca = pa.getColor(x, y);
                Color cb = pb.getColor(x, y);
                ink += ca.getOpacity();
                worst = Math.max(worst, Math.max(Math.abs(ca.getOpacity() - cb.getOpacity()),
                        Math.max(Math.abs(ca.getRed() - cb.getRed()), Math.max(Math.abs(ca.getGreen() - cb.getGreen()), Math.abs(ca.getBlue() - cb.getBlue())))));
            }
        }
        assertTrue(ink > 1, "the reference drew nothing");
        return worst;
    }

    private static double compare(FxRobot robot, Consumer<GraphicsContext> setup, double... line) {
        return difference(draw(robot, setup, false, line), draw(robot, setup, true, line));
    }

    /** Two levels of 255: a translucent colour blended by two routines rounds differently. */
    private static final double ROUNDING = 2.5 / 255;

    @Test
    void gridLinesOnWholePixelsAreTheStrokesPixelForPixel(FxRobot robot) {
        Consumer<GraphicsContext> none = g -> { };
        // the charts' grid: 1 px wide at half pixels, square caps (the canvas's default)
        assertEquals(0, compare(robot, none, 10.5, 3, 10.5, 33), ROUNDING, "vertical");
        assertEquals(0, compare(robot, none, 4, 20.5, 51, 20.5), ROUNDING, "horizontal");
        assertEquals(0, compare(robot, none, 51, 20.5, 4, 20.5), ROUNDING, "drawn right to left");
        assertEquals(0, compare(robot, g -> g.setLineCap(StrokeLineCap.BUTT), 10.5, 3, 10.5, 33), ROUNDING, "butt caps");
        assertEquals(0, compare(robot, g -> g.setLineWidth(2), 10, 3, 10, 33), ROUNDING, "2 px on a pixel edge");
        assertEquals(0, compare(robot, g -> g.translate(5, 7), 10.5, 3, 10.5, 23), ROUNDING, "translated");
    }

    @Test
    void linesBetweenPixelsDifferOnlyInTheirAntiAliasedEdges(FxRobot robot) {
        // the year cursor: 1.5 px centred on a half pixel, so its edges cover a quarter of a pixel each side
        double cursor = compare(robot, g -> g.setLineWidth(1.5), 10.5, 3, 10.5, 33);
        assertTrue(cursor < 0.06, "cursor differs by " + cursor);
        double off = compare(robot, g -> g.setLineWidth(1.2), 4.3, 17.7, 50.9, 17.7);
        assertTrue(off < 0.06, "fractional line differs by " + off);
    }

    @Test
    void dashedRoundAndSlantedLinesAreStillStroked(FxRobot robot) {
        assertEquals(0, compare(robot, g -> g.setLineDashes(3, 2), 10.5, 3, 10.5, 33), 1e-9, "dashed");
        assertEquals(0, compare(robot, g -> g.setLineCap(StrokeLineCap.ROUND), 10.5, 3, 10.5, 33), 1e-9, "round caps");
        assertEquals(0, compare(robot, g -> { }, 3, 3, 50, 30), 1e-9, "slanted");
    }

    @Test
    void theFillIsLeftAsItWas(FxRobot robot) {
        Color[] after = new Color[1];
        robot.interact(() -> {
            GraphicsContext g = new Canvas(10, 10).getGraphicsContext2D();
            g.setFill(Color.ORANGE);
            g.setStroke(Color.BLUE);
            new FxPainter(g).line(1.5, 1, 1.5, 9);
            after[0] = (Color) g.getFill();
        });
        assertEquals(Color.ORANGE, after[0]);
    }
}
