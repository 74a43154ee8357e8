package org.scalingexplorer.ui;

/** A sweep that can be replayed frame by frame (present mode's), for exporting it. */
public interface Playback {
    /** The swept value of each frame at {@code fps} frames a second, the last exactly the end value. */
    double[] frameValues(double fps);

    /** Puts a swept value into the application state. */
    void apply(double value);
}
