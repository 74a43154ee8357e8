package org.scalingexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Issue 18: hover boxes flip at an edge and never leave their panel. */
class HoverBoxTest {
    @Test
    void aBoxGoesBesideTheMouseFlipsAtAnEdgeAndStaysInside() {
        // room to the right and below: beside the mouse
        assertArrayEquals(new double[] {114, 64}, HoverBox.position(200, 80, 100, 50, 1000, 600), 1e-9);
        // near the right and bottom edges: flipped to the left and above
        assertArrayEquals(new double[] {900 - 200 - 14, 580 - 80 - 14}, HoverBox.position(200, 80, 900, 580, 1000, 600), 1e-9);
        // a box wider than the room on either side of the mouse: clamped inside, never cut at the left
        assertArrayEquals(new double[] {0, 64}, HoverBox.position(300, 80, 150, 50, 400, 600), 1e-9);
        // taller than the panel: pinned to its top
        assertArrayEquals(new double[] {114, 0}, HoverBox.position(200, 700, 100, 50, 1000, 600), 1e-9);
    }

    /** Over the "+N more" box the hover lists the labels it stands for, whole; elsewhere it says nothing of them. */
    @Test
    void theMoreBoxListsWhatItCollapsed() {
        org.scalingexplorer.render.Painter g = new org.scalingexplorer.render.AwtPainter(
                new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_INT_ARGB).createGraphics(), org.scalingexplorer.render.Rgba.WHITE);
        org.scalingexplorer.render.ChartStyle s = org.scalingexplorer.render.ChartStyle.light();
        org.scalingexplorer.render.LogAxis x = new org.scalingexplorer.render.LogAxis(1, 1e4, 0, 300);
        org.scalingexplorer.render.LogAxis y = new org.scalingexplorer.render.LogAxis(1, 1e4, 90, 0);
        java.util.List<org.scalingexplorer.render.ChartData.Label> labels = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) labels.add(new org.scalingexplorer.render.ChartData.Label(10, 100, "#0072B2", "label number " + i));
        // a plot 90 pixels high holds two label rows above the "+N more" line: the other four are collapsed
        org.scalingexplorer.render.LabelLayout.Result r = org.scalingexplorer.render.LabelLayout.place(g, labels, x, y, s);
        org.junit.jupiter.api.Assertions.assertFalse(r.collapsed().isEmpty());
        var more = r.more();
        String text = HoverPlugin.collapsed(r, more.x() + 2, more.y() + 2);
        org.junit.jupiter.api.Assertions.assertEquals(r.collapsed().size(), text.split("\n").length);
        for (var l : r.collapsed()) org.junit.jupiter.api.Assertions.assertTrue(text.contains(l.text()), text);
        org.junit.jupiter.api.Assertions.assertNull(HoverPlugin.collapsed(r, more.x() - 5, more.y() + 2));
    }
}
