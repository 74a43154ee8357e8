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
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.scalingexplorer.render.Rgba;

/**
 * A hatched band is one pattern fill, its tile the band's colour with the stripe laid over it. Checked against the
 * two passes it replaces, drawn by the canvas itself (the band's colour, then the stripes alone, each blended by the
 * toolkit), and against the blend worked by hand on a stripe's centre and between stripes.
 */
@ExtendWith(ApplicationExtension.class)
class FxPainterHatchTest {
    /** A scale-dependent band's colours as the attribution chart draws them: faded, with a darker stripe. */
    private static final Rgba BAND = new Rgba(0.85, 0.35, 0.05, 0.85);
    private static final Rgba STRIPE = new Rgba(0.4, 0.15, 0.02, 1);
    private static final double[] XS = {10, 70, 70, 10};
    private static final double[] YS = {8, 8, 52, 52};
    /** Two levels of 255: a translucent colour blended by two routines rounds differently. */
    private static final double ROUNDING = 2.5 / 255;

    @Start
    void start(Stage stage) {
    }

    private static WritableImage draw(FxRobot robot, Consumer<GraphicsContext> drawing) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            Canvas canvas = new Canvas(80, 60);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, 80, 60);
            drawing.accept(g);
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            shot[0] = canvas.snapshot(p, null);
        });
        return shot[0];
    }

    private static WritableImage onePass(FxRobot robot) {
        return draw(robot, g -> new FxPainter(g).fillHatched(XS, YS, 4, BAND, STRIPE, 7, 1.2));
    }

    @Test
    void onePassDrawsWhatAFillAndThenTheStripesDraw(FxRobot robot) {
        WritableImage one = onePass(robot);
        // the stripes alone: the same tile with a transparent fill under it
        WritableImage two = draw(robot, g -> {
            g.setFill(FxPainter.fx(BAND));
            g.fillPolygon(XS, YS, 4);
            new FxPainter(g).fillHatched(XS, YS, 4, new Rgba(0, 0, 0, 0), STRIPE, 7, 1.2);
        });
        PixelReader a = one.getPixelReader();
        PixelReader b = two.getPixelReader();
        double worst = 0;
        // inside the band, off its anti-aliased edges, where the two ways blend the same colours
        for (int y = 10; y < 50; y++) {
            for (int x = 12; x < 68; x++) {
                Color ca = a.getColor(x, y);
                Color cb = b.getColor(x, y);
                worst = Math.max(worst, Math.max(Math.abs(ca.getRed() - cb.getRed()),
                        Math.max(Math.abs(ca.getGreen() - cb.getGreen()), Math.abs(ca.getBlue() - cb.getBlue()))));
            }
        }
        assertTrue(worst <= ROUNDING, "largest difference " + worst * 255 + " levels");
    }

    @Test
    void aStripesCentreAndTheGapBetweenStripesAreTheBlendsWorkedByHand(FxRobot robot) {
        PixelReader p = onePass(robot).getPixelReader();
        // the band alone over white: 0.85 of the band's colour, 0.15 of white
        Color gap = Color.color(0.85 * 0.85 + 0.15, 0.85 * 0.35 + 0.15, 0.85 * 0.05 + 0.15);
        // the stripes' centres are the pixels with x + y = 7k - 1 (the tile's grid starts at the canvas's corner). Pixel
        // (33, 33): x + y = 66 = 7 * 10 - 4, three diagonal steps (2.1 px) from the nearest stripe, beyond its reach;
        // pixel (34, 35): x + y = 69 = 7 * 10 - 1, on a stripe's centre, which a width of 1.2 covers fully
        Color between = p.getColor(33, 33);
        Color on = p.getColor(34, 35);
        assertEquals(gap.getRed(), between.getRed(), ROUNDING);
        assertEquals(gap.getGreen(), between.getGreen(), ROUNDING);
        assertEquals(gap.getBlue(), between.getBlue(), ROUNDING);
        assertEquals(0.4, on.getRed(), ROUNDING);
        assertEquals(0.15, on.getGreen(), ROUNDING);
        assertEquals(0.02, on.getBlue(), ROUNDING);
    }

    @Test
    void theFillIsLeftAsTheBandsColour(FxRobot robot) {
        robot.interact(() -> {
            GraphicsContext g = new Canvas(10, 10).getGraphicsContext2D();
            new FxPainter(g).fillHatched(XS, YS, 4, BAND, STRIPE, 7, 1.2);
            assertEquals(FxPainter.fx(BAND), g.getFill());
        });
    }
}
