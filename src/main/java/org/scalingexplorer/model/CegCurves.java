package org.scalingexplorer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/** Sampled curves for charts: losses and CEGs on a log-spaced compute grid, and where CEG curves cross. */
public final class CegCurves {
    private CegCurves() {
    }

    /** {@code n} computes spaced evenly in log between {@code lo} and {@code hi} inclusive. */
    public static double[] logGrid(double lo, double hi, int n) {
        if (!(lo > 0) || !(hi > lo) || n < 2) throw new IllegalArgumentException("a log grid needs 0 < lo < hi and n >= 2");
        double[] xs = new double[n];
        double a = Math.log(lo);
        double step = (Math.log(hi) - a) / (n - 1);
        for (int i = 0; i < n; i++) xs[i] = Math.exp(a + i * step);
        xs[n - 1] = hi;
        return xs;
    }

    public static double[] losses(ScalingLaw law, double[] computes) {
        double[] ys = new double[computes.length];
        for (int i = 0; i < computes.length; i++) ys[i] = law.loss(computes[i]);
        return ys;
    }

    /** CEG of {@code candidate} over {@code reference} at each compute; NaN where unreachable. */
    public static double[] cegs(ScalingLaw reference, ScalingLaw candidate, Anchor anchor, double[] computes) {
        double[] ys = new double[computes.length];
        for (int i = 0; i < computes.length; i++) {
            ys[i] = Ceg.between(reference, candidate, anchor, computes[i]).ceg().orElse(Double.NaN);
        }
        return ys;
    }

    /** Whether each compute of the grid gives an extrapolated comparison. */
    public static boolean[] cegExtrapolated(ScalingLaw reference, ScalingLaw candidate, Anchor anchor, double[] computes) {
        boolean[] out = new boolean[computes.length];
        for (int i = 0; i < computes.length; i++) out[i] = Ceg.between(reference, candidate, anchor, computes[i]).extrapolated();
        return out;
    }

    public record Crossover(String first, String second, double compute, double ceg) {
    }

    /**
     * Computes in [lo, hi] where the CEG curves of two candidates against the same reference cross, refined with
     * Brent's method on {@code ln CEG_a - ln CEG_b} in log compute. The reference itself counts as a curve at 1, so
     * the compute at which a candidate overtakes the reference is a crossover too.
     */
    public static List<Crossover> crossovers(List<Algorithm> algorithms, Algorithm reference, Anchor anchor, double lo, double hi) {
        double[] grid = logGrid(lo, hi, 97);
        List<Crossover> out = new ArrayList<>();
        for (int a = 0; a < algorithms.size(); a++) {
            for (int b = a + 1; b < algorithms.size(); b++) {
                ScalingLaw la = algorithms.get(a).law();
                ScalingLaw lb = algorithms.get(b).law();
                double prev = Double.NaN;
                for (int i = 0; i < grid.length; i++) {
                    double d = lnRatio(reference.law(), la, lb, anchor, grid[i]);
                    if (Double.isFinite(prev) && Double.isFinite(d) && (prev == 0 || prev * d < 0) && d != 0) {
                        OptionalDouble x = refine(reference.law(), la, lb, anchor, Math.log(grid[i - 1]), Math.log(grid[i]));
                        if (x.isPresent()) {
                            double c = Math.exp(x.getAsDouble());
                            out.add(new Crossover(algorithms.get(a).id(), algorithms.get(b).id(), c,
                                    Ceg.between(reference.law(), la, anchor, c).ceg().orElse(Double.NaN)));
                        }
                    }
                    prev = d;
                }
            }
        }
        return out;
    }

    private static double lnRatio(ScalingLaw r, ScalingLaw a, ScalingLaw b, Anchor anchor, double c) {
        OptionalDouble ca = Ceg.between(r, a, anchor, c).ceg();
        OptionalDouble cb = Ceg.between(r, b, anchor, c).ceg();
        return ca.isPresent() && cb.isPresent() ? Math.log(ca.getAsDouble()) - Math.log(cb.getAsDouble()) : Double.NaN;
    }

    private static OptionalDouble refine(ScalingLaw r, ScalingLaw a, ScalingLaw b, Anchor anchor, double lnLo, double lnHi) {
        try {
            return OptionalDouble.of(new BrentSolver(1e-12).solve(100, x -> lnRatio(r, a, b, anchor, Math.exp(x)), lnLo, lnHi));
        } catch (RuntimeException e) {
            return OptionalDouble.empty();
        }
    }
}
