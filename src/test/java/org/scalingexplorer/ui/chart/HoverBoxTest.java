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
}
