package org.scalingexplorer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The ablation chart's axis: tick labels that never touch, written with as few digits as they need. */
class BarsRendererTest {
    static Painter painter() {
        System.setProperty("java.awt.headless", "true");
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        Painter g = new AwtPainter(img.createGraphics(), Rgba.WHITE);
        g.font(13, false);
        return g;
    }

    @Test
    void tickLabelsUseAsFewDigitsAsTheyNeed() {
        assertEquals("0.001×", BarsRenderer.tickText(0.001));
        assertEquals("1×", BarsRenderer.tickText(1));
        assertEquals("1.25×", BarsRenderer.tickText(1.25));
        assertEquals("1000×", BarsRenderer.tickText(1000));
        assertEquals("1e6×", BarsRenderer.tickText(1e6));
    }

    @Test
    void overManyDecadesTheTicksThinOutUntilNoLabelsTouch() {
        Painter g = painter();
        double width = 1000;
        // seven decades each side of 1x: 1-2-5 ticks would overlap
        List<Double> ticks = BarsRenderer.ticks(g, -3.5, 3.5, width);
        assertTrue(ticks.contains(1.0), ticks.toString());
        assertTrue(ticks.size() >= 4, ticks.toString());
        for (int i = 1; i < ticks.size(); i++) {
            double gap = (Math.log10(ticks.get(i)) - Math.log10(ticks.get(i - 1))) / 7 * width;
            double half = (g.textWidth(BarsRenderer.tickText(ticks.get(i))) + g.textWidth(BarsRenderer.tickText(ticks.get(i - 1)))) / 2;
            assertTrue(gap > half, "labels " + ticks.get(i - 1) + " and " + ticks.get(i) + " touch");
        }
        // a narrow span keeps its fine ticks
        assertEquals(List.of(0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0), BarsRenderer.ticks(g, -0.31, 0.31, width));
    }

    /** Shortening by halving gives what trying one character less at a time gives: the longest start that fits. */
    @Test
    void fitTakesTheLongestStartThatFits() {
        Painter g = painter();
        String text = "+40 more: " + "Transformer, Chinchilla allocation: other loss scale, no CEG; ".repeat(40);
        for (double width : new double[] {30, 120, 333, 900}) {
            String t = text;
            while (t.length() > 4 && g.textWidth(t + "…") > width) t = t.substring(0, t.length() - 1);
            assertEquals(t + "…", TornadoRenderer.fit(g, text, width));
        }
        assertEquals("short", TornadoRenderer.fit(g, "short", 900));
    }
}
