package org.scalingexplorer.render;

/** Counts, for tests of dragging, the labels that moved to the other side of their point from one placement to the next. */
public final class LabelSides {
    private int followed;
    private int changes;

    /** Compares each label of {@code now} with the same series' label in {@code previous} (none the first time). */
    public void step(LabelLayout.Result previous, LabelLayout.Result now) {
        if (previous == null) return;
        for (LabelLayout.Box b : now.boxes()) {
            LabelLayout.Box was = previous.of(b.label().color());
            if (was == null) continue;
            followed++;
            boolean sideWas = was.x() >= was.anchorX();
            boolean aboveWas = was.y() + was.h() <= was.anchorY();
            if (sideWas != b.x() >= b.anchorX() || aboveWas != b.y() + b.h() <= b.anchorY()) changes++;
        }
    }

    /** Labels compared: each label of each step after the first. */
    public int followed() {
        return followed;
    }

    /** Labels that changed side, right or left of their point, or above or below it. */
    public int changes() {
        return changes;
    }
}
