package org.scalingexplorer.io;

import java.util.ArrayList;
import java.util.Locale;

/**
 * The problems of one file, at most {@link #MAX} kept: a file with a million bad cells is reported by its first
 * hundred and a count of the rest, never by a million lines (or a million objects in memory).
 */
public final class Problems extends ArrayList<Problem> {
    public static final int MAX = 100;
    private long dropped;

    @Override
    public boolean add(Problem p) {
        if (size() < MAX) return super.add(p);
        dropped++;
        return true;
    }

    /** Counts {@code n} more problems that were not kept (when problems move from one list to another). */
    public void alsoDropped(long n) {
        dropped += n;
    }

    /** How many were not kept. */
    public long dropped() {
        return dropped;
    }

    /** The line that stands for the problems not kept. */
    Problem more(String file) {
        return new Problem(file, 0, 0, "", String.format(Locale.ROOT, "and %,d more problems (only the first %d are listed)", dropped, MAX));
    }
}
