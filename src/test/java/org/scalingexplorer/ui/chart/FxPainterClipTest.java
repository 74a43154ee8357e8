package org.scalingexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
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
 * A canvas clips to a rectangle on whole pixels directly and to anything else through a full-canvas mask, so the
 * window's charts clip to the nearest whole pixels: every pixel is then wholly inside or wholly outside.
 */
@ExtendWith(ApplicationExtension.class)
class FxPainterClipTest {
    @Start
    void start(Stage stage) {
    }

    @Test
    void aClipRectangleLandsOnWholePixels(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            Canvas canvas = new Canvas(80, 50);
            FxPainter p = new FxPainter(canvas.getGraphicsContext2D());
            p.save();
            p.translate(0.25, 0);
            // in the canvas's pixels: x from 10.55 to 50.75, y from 5.6 to 36.0; to the nearest whole pixels 11-51, 6-36
            p.clipRect(10.3, 5.6, 40.2, 30.4);
            p.fill(new Rgba(1, 0, 0, 1));
            p.fillRect(-10, -10, 200, 200);
            p.restore();
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            shot[0] = canvas.snapshot(transparent, null);
        });
        PixelReader px = shot[0].getPixelReader();
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 80; x++) {
                boolean inside = x >= 11 && x < 51 && y >= 6 && y < 36;
                assertEquals(inside ? 1.0 : 0.0, px.getColor(x, y).getOpacity(), 1e-9, "pixel " + x + ", " + y);
            }
        }
    }

    @Test
    void snappingMovesAnEdgeToTheNearestWholePixelUnderAScale() {
        // scale 2, offset 0.5: 10.3 falls on pixel 21.1, moved to 21, that is 10.25 in user units
        assertEquals(10.25, FxPainter.snap(10.3, 2, 0.5), 1e-12);
        assertEquals(52, FxPainter.snap(52.37, 1, 0), 1e-12);
        assertEquals(-3, FxPainter.snap(-2.6, 1, 0), 1e-12);
    }
}
