package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * An innovation's multiplier measured from an ablation, as the paper measured its own: at a loss both runs reach,
 * the compute the baseline needs divided by the compute the variant needs, {@code C_baseline(L*) / C_variant(L*)}.
 * The compute at L* is interpolated in log compute between the two logged rows around the curve's first crossing
 * (or, as the paper did, taken at the logged row closest to L*); a run that never reaches L* is flagged, never
 * replaced by its last row. Seeds are paired by the trailing {@code _<digits>} of the file names; the multiplier is
 * the geometric mean over pairs with a 95% t interval on the log multipliers.
 */
public final class Ablation {
    public enum Method {
        INTERPOLATE, NEAREST;

        public static Method parse(String s) {
            return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "interpolate" -> INTERPOLATE;
                case "nearest" -> NEAREST;
                default -> throw new IllegalArgumentException("--method must be interpolate or nearest, got '" + s + "'");
            };
        }
    }

    /** One baseline run against one variant run at target loss {@code target}; the multiplier is empty when either never reaches it. */
    public record Pair(Curve baseline, Curve variant, double target, OptionalDouble baselineCompute, OptionalDouble variantCompute) {
        public OptionalDouble multiplier() {
            return baselineCompute.isPresent() && variantCompute.isPresent()
                    ? OptionalDouble.of(baselineCompute.getAsDouble() / variantCompute.getAsDouble()) : OptionalDouble.empty();
        }
    }

    /**
     * @param multiplier the geometric mean over the pairs that reached the target; empty when none did
     * @param low        its 95% interval (NaN with one pair)
     */
    public record Result(String variant, List<Pair> pairs, OptionalDouble multiplier, double low, double high) {
        public int reached() {
            return (int) pairs.stream().filter(p -> p.multiplier().isPresent()).count();
        }
    }

    private Ablation() {
    }

    /**
     * @param target the loss both runs are compared at; NaN for the default, the higher of the two final losses (the
     *               last loss both curves reach)
     */
    public static Result measure(String variant, List<Curve> baseline, List<Curve> variantRuns, double target, Method method) {
        if (baseline.isEmpty() || variantRuns.isEmpty()) throw new IllegalArgumentException("an ablation needs baseline and variant runs");
        List<Pair> pairs = new ArrayList<>();
        for (Curve[] p : pair(baseline, variantRuns)) {
            double t = Double.isNaN(target) ? Math.max(last(p[0]), last(p[1])) : target;
            pairs.add(new Pair(p[0], p[1], t, computeAt(p[0], t, method), computeAt(p[1], t, method)));
        }
        double[] logs = pairs.stream().filter(p -> p.multiplier().isPresent()).mapToDouble(p -> Math.log(p.multiplier().getAsDouble())).toArray();
        if (logs.length == 0) return new Result(variant, pairs, OptionalDouble.empty(), Double.NaN, Double.NaN);
        double mean = 0;
        for (double v : logs) mean += v;
        mean /= logs.length;
        double low = Double.NaN;
        double high = Double.NaN;
        if (logs.length > 1) {
            double ss = 0;
            for (double v : logs) ss += (v - mean) * (v - mean);
            double se = Math.sqrt(ss / (logs.length - 1) / logs.length);
            double t = new TDistribution(logs.length - 1).inverseCumulativeProbability(0.975);
            low = Math.exp(mean - t * se);
            high = Math.exp(mean + t * se);
        }
        return new Result(variant, pairs, OptionalDouble.of(Math.exp(mean)), low, high);
    }

    /** Baseline and variant runs with the same seed; with one run on a side, it pairs with every run of the other. */
    static List<Curve[]> pair(List<Curve> baseline, List<Curve> variant) {
        List<Curve[]> out = new ArrayList<>();
        if (baseline.size() == 1 || variant.size() == 1) {
            for (Curve b : baseline) for (Curve v : variant) out.add(new Curve[] {b, v});
            return out;
        }
        Map<Long, Curve> bySeed = new TreeMap<>();
        for (Curve b : baseline) bySeed.putIfAbsent(b.seed(), b);
        for (Curve v : variant) {
            Curve b = bySeed.get(v.seed());
            if (b != null && v.seed() >= 0) out.add(new Curve[] {b, v});
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no baseline and variant runs share a seed (the trailing _<digits> of their names); "
                    + "give one baseline run, or runs of the same seeds");
        }
        return out;
    }

    private static double last(Curve c) {
        return c.loss()[c.points() - 1];
    }

    /** The compute at which {@code c} first reaches {@code target}; empty when it never does. */
    static OptionalDouble computeAt(Curve c, double target, Method method) {
        double[] x = c.compute();
        double[] y = c.loss();
        for (int i = 0; i < y.length; i++) {
            if (y[i] > target) continue;
            if (method == Method.NEAREST) {
                // the logged row closest to the target: this one or the one before it
                return OptionalDouble.of(i > 0 && Math.abs(y[i - 1] - target) < Math.abs(y[i] - target) ? x[i - 1] : x[i]);
            }
            if (i == 0 || y[i] == target) return OptionalDouble.of(x[i]);
            double f = (y[i - 1] - target) / (y[i - 1] - y[i]);
            return OptionalDouble.of(Math.exp(Math.log(x[i - 1]) + f * (Math.log(x[i]) - Math.log(x[i - 1]))));
        }
        return OptionalDouble.empty();
    }
}
