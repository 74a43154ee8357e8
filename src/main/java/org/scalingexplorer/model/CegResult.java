package org.scalingexplorer.model;

import java.util.OptionalDouble;

/**
 * A compute-equivalent gain of a candidate over a reference at {@code compute}.
 *
 * @param targetLoss     the loss both laws must reach (the anchor law's loss at {@code compute})
 * @param matchedCompute the compute the other law needs for that loss; empty when it can never reach it
 * @param extrapolated   whether either end of the comparison lies outside the range its law was fitted over
 */
public record CegResult(Anchor anchor, double compute, double targetLoss, OptionalDouble matchedCompute,
                        boolean extrapolated) {

    public boolean unreachable() {
        return matchedCompute.isEmpty();
    }

    /** CEG > 1 means the candidate is more efficient than the reference; empty when unreachable. */
    public OptionalDouble ceg() {
        if (matchedCompute.isEmpty()) return OptionalDouble.empty();
        double m = matchedCompute.getAsDouble();
        return OptionalDouble.of(anchor == Anchor.REFERENCE ? compute / m : m / compute);
    }

    /** The CEG, for callers that have already checked {@link #unreachable()}. */
    public double value() {
        return ceg().orElseThrow(() -> new IllegalStateException("the CEG is unreachable at compute " + compute));
    }
}
