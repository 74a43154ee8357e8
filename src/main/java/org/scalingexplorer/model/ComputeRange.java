package org.scalingexplorer.model;

/** A closed interval of training compute in FLOP, with {@code 0 < min <= max}. */
public record ComputeRange(double min, double max) {
    public ComputeRange {
        if (!(min > 0) || !(max >= min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("compute range needs 0 < min <= max, got [" + min + ", " + max + "]");
        }
    }

    public boolean contains(double compute) {
        // a relative tolerance so that the end points themselves, after a round trip through text, count as measured
        return compute >= min * (1 - 1e-12) && compute <= max * (1 + 1e-12);
    }
}
