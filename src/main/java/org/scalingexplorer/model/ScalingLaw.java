package org.scalingexplorer.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A scaling law maps training compute C (FLOP) to loss. Losses fall monotonically as compute grows and
 * approach the irreducible floor {@link #irreducibleLoss()}.
 */
public sealed interface ScalingLaw permits PowerLaw, ParametricLaw {

    /** The loss above the irreducible floor, computed directly so that small values keep their precision. */
    double reducibleLoss(double compute);

    double irreducibleLoss();

    /** The compute range the law was fitted over; outside it the law is an extrapolation. */
    Optional<ComputeRange> measuredRange();

    default double loss(double compute) {
        return irreducibleLoss() + reducibleLoss(compute);
    }

    /** The compute at which this law reaches {@code loss}, or empty when the loss is at or below the floor. */
    default OptionalDouble computeForLoss(double loss) {
        return computeForReducibleLoss(loss - irreducibleLoss());
    }

    /**
     * The compute at which the reducible loss falls to {@code target}; empty when {@code target <= 0}. Callers that
     * know the target as a difference should pass it directly: subtracting E from a total loss loses precision
     * when the reducible part is small.
     */
    default OptionalDouble computeForReducibleLoss(double target) {
        return LawInversion.computeForReducibleLoss(this, target);
    }

    default boolean isExtrapolated(double compute) {
        return measuredRange().map(r -> !r.contains(compute)).orElse(false);
    }
}
