package org.scalingexplorer.model;

import java.util.Optional;

/**
 * {@code L(N, D) = E + A / N^alpha + B / D^beta} (Hoffmann et al. 2022), made a law in compute by an
 * {@link Allocation} with {@code D = C / (6 N)}. Here alpha and beta are positive.
 *
 * @param fittedRange the compute of the runs the law was fitted to: extrapolation is measured from it
 * @param runsRange   the compute of every run behind it, when wider
 */
public record ParametricLaw(double e, double a, double b, double alpha, double beta, Allocation allocation,
                            Optional<ComputeRange> fittedRange, Optional<ComputeRange> runsRange) implements ScalingLaw {

    public ParametricLaw {
        if (!(e >= 0) || Double.isInfinite(e)) throw new IllegalArgumentException("E must be a finite number >= 0, got " + e);
        if (!(a > 0) || Double.isInfinite(a)) throw new IllegalArgumentException("A must be > 0, got " + a);
        if (!(b > 0) || Double.isInfinite(b)) throw new IllegalArgumentException("B must be > 0, got " + b);
        if (!(alpha > 0) || Double.isInfinite(alpha)) throw new IllegalArgumentException("alpha must be > 0, got " + alpha);
        if (!(beta > 0) || Double.isInfinite(beta)) throw new IllegalArgumentException("beta must be > 0, got " + beta);
        if (allocation == null) throw new IllegalArgumentException("an allocation rule is required");
        fittedRange = fittedRange == null ? Optional.empty() : fittedRange;
        runsRange = runsRange == null ? Optional.empty() : runsRange;
    }

    public ParametricLaw(double e, double a, double b, double alpha, double beta, Allocation allocation, Optional<ComputeRange> fittedRange) {
        this(e, a, b, alpha, beta, allocation, fittedRange, Optional.empty());
    }

    public ParametricLaw withAllocation(Allocation other) {
        return new ParametricLaw(e, a, b, alpha, beta, other, fittedRange, runsRange);
    }

    /** The same allocation and ranges with other parameters. */
    public ParametricLaw with(double otherE, double otherA, double otherB, double otherAlpha, double otherBeta) {
        return new ParametricLaw(otherE, otherA, otherB, otherAlpha, otherBeta, allocation, fittedRange, runsRange);
    }

    /** Loss at a given split, independent of the allocation rule. */
    public double reducibleLoss(double parameters, double tokens) {
        return a / Math.pow(parameters, alpha) + b / Math.pow(tokens, beta);
    }

    public double parameters(double compute) {
        return allocation.parameters(this, compute);
    }

    public double tokens(double compute) {
        return compute / (6 * parameters(compute));
    }

    @Override
    public double reducibleLoss(double compute) {
        double n = parameters(compute);
        return reducibleLoss(n, compute / (6 * n));
    }

    @Override
    public double irreducibleLoss() {
        return e;
    }
}
