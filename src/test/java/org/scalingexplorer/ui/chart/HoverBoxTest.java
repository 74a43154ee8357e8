package org.scalingexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.scalingexplorer.render.AwtPainter;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.LabelLayout;
import org.scalingexplorer.render.LogAxis;
import org.scalingexplorer.render.Painter;
import org.scalingexplorer.render.Rgba;

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
        Painter g = new AwtPainter(
                new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics(), Rgba.WHITE);
        ChartStyle s = ChartStyle.light();
        LogAxis x = new LogAxis(1, 1e4, 0, 300);
        LogAxis y = new LogAxis(1, 1e4, 90, 0);
        List<ChartData.Label> labels = new ArrayList<>();
        for (int i = 0; i < 6; i++) labels.add(new ChartData.Label(10, 100, "#0072B2", "label number " + i));
        // a plot 90 pixels high holds two label rows above the "+N more" line: the other four are collapsed
        LabelLayout.Result r = LabelLayout.place(g, labels, x, y, s);
        Assertions.assertFalse(r.collapsed().isEmpty());
        var more = r.more();
        String text = HoverPlugin.collapsed(r, more.x() + 2, more.y() + 2);
        Assertions.assertEquals(r.collapsed().size(), text.split("\n").length);
        for (var l : r.collapsed()) Assertions.assertTrue(text.contains(l.text()), text);
        Assertions.assertNull(HoverPlugin.collapsed(r, more.x() - 5, more.y() + 2));
    }
}
