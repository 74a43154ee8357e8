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

    /**
     * The compute of the points the law was fitted to: what it rests on. Outside it the law is an extrapolation, and
     * every distance ("4.0 decades beyond") is measured from it. Empty when it is not known.
     */
    Optional<ComputeRange> fittedRange();

    /** The compute the runs behind the law span (they reach beyond the fitted points: warm-up, saturation); empty when not known. */
    Optional<ComputeRange> runsRange();

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
        return fittedRange().map(r -> !r.contains(compute)).orElse(false);
    }
}
