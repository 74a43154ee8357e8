package org.scalingexplorer.ui.explorer;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * The explorer's bar of controls: the reference and anchor, then the compute slider and field. On one row where the
 * slider gets room; with less than {@link #COMPUTE_ROOM} pixels beside the others the compute controls take a second
 * row of their own, so the slider keeps most of the width rather than about 150 px. Its height follows its width (a horizontal content bias),
 * so the window gives it the second row in the same layout pass.
 */
final class ControlBar extends Region {
    /** The room the compute controls need beside the others, so the slider keeps some 400 px; less and they wrap. */
    static final double COMPUTE_ROOM = 640;
    private static final double GAP = 8;
    private final Region first;
    private final Region second;

    ControlBar(Region first, Region second) {
        this.first = first;
        this.second = second;
        getChildren().addAll(first, second);
        getStyleClass().add("control-bar");
    }

    boolean wraps(double width) {
        Insets in = getInsets();
        return width >= 0 && width - in.getLeft() - in.getRight() - first.prefWidth(-1) - GAP < COMPUTE_ROOM;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + first.prefWidth(-1) + GAP + second.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + Math.max(first.minWidth(-1), second.minWidth(-1)) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double a = first.prefHeight(-1);
        double b = second.prefHeight(-1);
        return in.getTop() + (wraps(width) ? a + GAP + b : Math.max(a, b)) + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = getWidth() - in.getLeft() - in.getRight();
        double a = first.prefHeight(-1);
        double b = second.prefHeight(-1);
        if (wraps(getWidth())) {
            first.resizeRelocate(x, y, w, a);
            second.resizeRelocate(x, y + a + GAP, w, b);
        } else {
            double h = Math.max(a, b);
            double fw = Math.min(first.prefWidth(-1), w);
            first.resizeRelocate(x, y, fw, h);
            second.resizeRelocate(x + fw + GAP, y, Math.max(0, w - fw - GAP), h);
        }
    }
}
