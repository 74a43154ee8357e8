package org.scalingexplorer.model;

/** How a compute budget C is split into parameters N and tokens D with {@code C = 6 N D}. */
public sealed interface Allocation permits Allocation.ComputeOptimal, Allocation.PowerRule {

    /** Parameters N for compute C under the given law. */
    double parameters(ParametricLaw law, double compute);

    /**
     * Minimises {@code L(N, C/(6N))} over N. Setting the derivative to zero gives
     * {@code N = (alpha A / (beta B))^(1/(alpha+beta)) * (C/6)^(beta/(alpha+beta))} (Hoffmann et al. 2022, eq. 4).
     */
    record ComputeOptimal() implements Allocation {
        @Override
        public double parameters(ParametricLaw law, double compute) {
            double sum = law.alpha() + law.beta();
            double g = Math.pow(law.alpha() * law.a() / (law.beta() * law.b()), 1 / sum);
            return g * Math.pow(compute / 6, law.beta() / sum);
        }
    }

    /**
     * A fixed rule {@code N = coefficient * (C / referenceCompute)^exponent}; Kaplan et al. 2020 use
     * coefficient 1.3e9, referenceCompute 8.64e19 FLOP (one PF-day) and exponent 0.73.
     */
    record PowerRule(double coefficient, double referenceCompute, double exponent) implements Allocation {
        public PowerRule {
            if (!(coefficient > 0) || Double.isInfinite(coefficient)) throw new IllegalArgumentException("coefficient must be > 0, got " + coefficient);
            if (!(referenceCompute > 0) || Double.isInfinite(referenceCompute)) throw new IllegalArgumentException("referenceCompute must be > 0, got " + referenceCompute);
            if (!(exponent > 0 && exponent < 1)) throw new IllegalArgumentException("exponent must lie in (0, 1), got " + exponent);
        }

        public static PowerRule kaplan() {
            return new PowerRule(1.3e9, 8.64e19, 0.73);
        }

        @Override
        public double parameters(ParametricLaw law, double compute) {
            return coefficient * Math.pow(compute / referenceCompute, exponent);
        }
    }
}
