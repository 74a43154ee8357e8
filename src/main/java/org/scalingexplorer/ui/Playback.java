package org.scalingexplorer.ui;

/** A sweep that can be replayed frame by frame (present mode's), for exporting it. */
public interface Playback {
    /**
     * The swept value of each frame at {@code fps} frames a second, evenly spaced from the start value (the first)
     * to the end value (the last), so that every frame moves.
     */
    double[] frameValues(double fps);

    /** The window's state with a swept value put in (a frame's state; nothing is shown). */
    WindowState at(WindowState state, double value);

    /** A swept value for a frame's corner: a year, or a compute in FLOP. */
    String label(double value);
}
