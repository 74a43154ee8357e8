package org.scalingexplorer.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code L(C) = E + A * C^alpha} with {@code A > 0}, {@code alpha < 0} and {@code E >= 0}.
 *
 * @param fittedRange the compute of the points the law was fitted to: extrapolation is measured from it
 * @param runsRange   the compute the runs behind the fit span (wider: warm-up and saturated points are not fitted)
 */
public record PowerLaw(double e, double a, double alpha, Optional<ComputeRange> fittedRange, Optional<ComputeRange> runsRange) implements ScalingLaw {

    public PowerLaw {
        if (!(e >= 0) || Double.isInfinite(e)) throw new IllegalArgumentException("E must be a finite number >= 0, got " + e);
        if (!(a > 0) || Double.isInfinite(a)) throw new IllegalArgumentException("A must be a finite number > 0, got " + a);
        if (!(alpha < 0) || Double.isInfinite(alpha)) throw new IllegalArgumentException("alpha must be a finite negative number, got " + alpha);
        fittedRange = fittedRange == null ? Optional.empty() : fittedRange;
        runsRange = runsRange == null ? Optional.empty() : runsRange;
    }

    public PowerLaw(double e, double a, double alpha) {
        this(e, a, alpha, Optional.empty(), Optional.empty());
    }

    public PowerLaw(double e, double a, double alpha, Optional<ComputeRange> fittedRange) {
        this(e, a, alpha, fittedRange, Optional.empty());
    }

    /** The same ranges with other parameters. */
    public PowerLaw with(double otherE, double otherA, double otherAlpha) {
        return new PowerLaw(otherE, otherA, otherAlpha, fittedRange, runsRange);
    }

    @Override
    public double reducibleLoss(double compute) {
        return a * Math.pow(compute, alpha);
    }

    @Override
    public double irreducibleLoss() {
        return e;
    }

    /** Closed-form inverse: {@code C = ((l - E) / A)^(1/alpha)}. */
    @Override
    public OptionalDouble computeForReducibleLoss(double reducible) {
        if (!(reducible > 0) || Double.isInfinite(reducible)) return OptionalDouble.empty();
        double c = Math.pow(reducible / a, 1 / alpha);
        return Double.isFinite(c) && c > 0 ? OptionalDouble.of(c) : OptionalDouble.empty();
    }
}
