package org.scalingexplorer.ui.chart;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Where a hover box goes: beside the mouse, flipped to the other side near an edge, and never outside its parent. */
final class HoverBox {
    static final double GAP = 14;
    /** The widest a hover box gets before its text wraps (narrower in a narrow chart). */
    static final double MAX_WIDTH = 420;

    private HoverBox() {
    }

    /**
     * Shows {@code text} in {@code box} by the mouse: wrapped to at most {@link #MAX_WIDTH} or the parent's width less
     * a margin, so it stays whole inside the chart (a long source ran past the window's edge, cut to "net of the...").
     */
    static void show(Label box, String text, double mx, double my, double width, double height) {
        box.setText(text);
        box.setWrapText(true);
        box.setMaxWidth(Math.max(80, Math.min(MAX_WIDTH, width - 8)));
        box.autosize();
        place(box, mx, my, width, height);
        box.setVisible(true);
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
