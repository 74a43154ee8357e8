package org.scalingexplorer.model;

import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Numeric inverse of a monotone law: solves {@code ln(L(e^x) - E) = ln(l - E)} for x = ln C with Brent's method.
 * Working on the log of the reducible loss makes the function nearly linear in x for power-like laws, so the
 * solver converges in a handful of steps and keeps full relative precision.
 */
public final class LawInversion {
    private static final double LN_MIN = Math.log(Double.MIN_NORMAL);
    private static final double LN_MAX = Math.log(Double.MAX_VALUE);

    private LawInversion() {
    }

    public static OptionalDouble computeForLoss(ScalingLaw law, double loss) {
        return computeForReducibleLoss(law, loss - law.irreducibleLoss());
    }

    /** Solves {@code reducibleLoss(C) = target}; empty when {@code target <= 0} or no finite compute reaches it. */
    public static OptionalDouble computeForReducibleLoss(ScalingLaw law, double target) {
        if (!(target > 0) || Double.isInfinite(target)) return OptionalDouble.empty();
        double lnTarget = Math.log(target);
        DoubleUnaryOperator g = x -> Math.log(law.reducibleLoss(Math.exp(x))) - lnTarget;

        // bracket the root, starting from the range where real training runs live and widening outwards
        double lo = Math.log(1e15);
        double hi = Math.log(1e25);
        double glo = g.applyAsDouble(lo);
        double ghi = g.applyAsDouble(hi);
        while (glo < 0 && lo > LN_MIN) {
            lo = Math.max(LN_MIN, lo - 2 * (hi - lo));
            glo = g.applyAsDouble(lo);
        }
        while (ghi > 0 && hi < LN_MAX) {
            hi = Math.min(LN_MAX, hi + 2 * (hi - lo));
            ghi = g.applyAsDouble(hi);
        }
        if (!(glo >= 0 && ghi <= 0)) return OptionalDouble.empty();
        if (glo == 0) return OptionalDouble.of(Math.exp(lo));
        if (ghi == 0) return OptionalDouble.of(Math.exp(hi));
        try {
            double x = new BrentSolver(1e-15, 1e-14).solve(200, g::applyAsDouble, lo, hi);
            return OptionalDouble.of(Math.exp(x));
        } catch (MathIllegalStateException e) {
            return OptionalDouble.empty();
        }
    }
}
