package org.scalingexplorer.ui.chart;

import javafx.scene.layout.Region;

/** Where a hover box goes: beside the mouse, flipped to the other side near an edge, and never outside its parent. */
final class HoverBox {
    static final double GAP = 14;

    private HoverBox() {
    }

    /**
     * Places {@code box} (already sized) by the mouse at ({@code mx}, {@code my}) in a parent {@code width} x
     * {@code height}: right of and below the mouse, else left of or above it, and clamped inside.
     */
    static void place(Region box, double mx, double my, double width, double height) {
        double[] at = position(box.getWidth(), box.getHeight(), mx, my, width, height);
        box.relocate(at[0], at[1]);
    }

    /** The top-left corner of a {@code w} x {@code h} box placed as {@link #place} does. */
    static double[] position(double w, double h, double mx, double my, double width, double height) {
        double x = mx + GAP;
        if (x + w > width) x = mx - w - GAP;
        double y = my + GAP;
        if (y + h > height) y = my - h - GAP;
        x = Math.max(0, Math.min(x, width - w));
        y = Math.max(0, Math.min(y, height - h));
        return new double[] {x, y};
    }
}
