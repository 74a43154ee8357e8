package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.TDistribution;

import org.scalingexplorer.model.Numbers;

/**
 * An innovation's multiplier measured from an ablation, as the paper measured its own: at a loss both runs reach,
 * the compute the baseline needs divided by the compute the variant needs, {@code C_baseline(L*) / C_variant(L*)}
 * (docs/science.md#ablations).
 * <p>
 * A crossing is measured only where it was observed: between two logged rows that straddle L*, interpolated in log
 * compute. A target at or above a run's first logged loss, or below every loss it logged, is outside what was
 * observed: that pair gives at most a bound ({@code >= 3.99x}), never a value. The paper's own rule (the logged row
 * closest to L*, even when L* is never reached) stays available, flagged as such.
 * <p>
 * Replication counts independent units: runs are paired by the seed their names end in ({@code _<digits>}); one run
 * against several is one observation; runs with no seed in common cannot be paired. The multiplier is the geometric
 * mean over the observed pairs, with a 95% t interval on the log multipliers when there are two or more independent
 * pairs.
 */
public final class Ablation {
    /** Paired runs whose last steps or FLOPs per step differ by more than this are flagged as not like-for-like. */
    static final double LIKE_FOR_LIKE = 0.01;

    public enum Method {
        INTERPOLATE, NEAREST;

        public static Method parse(String s) {
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "interpolate" -> INTERPOLATE;
                case "nearest" -> NEAREST;
                default -> throw new IllegalArgumentException("--method must be interpolate or nearest, got '" + s + "'");
            };
        }
    }

    /** How the runs were paired. */
    public enum Pairing {
        /** By seeds in common. */
        SEEDS,
        /** One run on each side: one pair. */
        SINGLE,
        /** One run on one side against every run of the other: one observation. */
        ONE_AGAINST_MANY,
        /** Several runs on each side and no seed in common: every run against every other, one observation. */
        UNPAIRED
    }

    /** Where a run reaches the target loss, as far as its logged rows show. */
    public enum Reach {
        /** Between two logged rows that straddle the target. */
        OBSERVED,
        /** At or before the first logged row: the compute is at most that row's. */
        BEFORE_FIRST,
        /** Not by the last logged row: the compute is more than that row's. */
        NEVER
    }

    /**
     * One run at the target.
     *
     * @param compute the interpolated compute (observed), the first or last row's compute (a bound), or with the
     *                paper's rule the compute of the logged row closest to the target
     */
    public record Crossing(Reach reach, double compute) {
    }

    /** A multiplier known only as a bound. */
    public record Bound(boolean atLeast, double value) {
        public String text() {
            return (atLeast ? "≥ " : "≤ ") + Numbers.times(value);
        }
    }

    /** One baseline run against one variant run at target loss {@code target}. */
    public record Pair(Curve baseline, Curve variant, double target, Crossing baselineCrossing, Crossing variantCrossing, boolean paperRule) {
        /** Both crossings observed. */
        public boolean observed() {
            return baselineCrossing.reach() == Reach.OBSERVED && variantCrossing.reach() == Reach.OBSERVED;
        }

        /** The multiplier: with both crossings observed, or by the paper's rule whatever they are; empty otherwise. */
        public OptionalDouble multiplier() {
            return observed() || paperRule ? OptionalDouble.of(baselineCrossing.compute() / variantCrossing.compute()) : OptionalDouble.empty();
        }

        /** What the rows show of a multiplier that was not observed; empty when observed or when they bound nothing. */
        public Optional<Bound> bound() {
            if (observed()) return Optional.empty();
            Reach b = baselineCrossing.reach();
            Reach v = variantCrossing.reach();
            double ratio = baselineCrossing.compute() / variantCrossing.compute();
            // C_b is known, or bounded below (never reached), or above (before the first row); 1 / C_v likewise mirrored
            boolean lower = b != Reach.BEFORE_FIRST && v != Reach.NEVER;
            boolean upper = b != Reach.NEVER && v != Reach.BEFORE_FIRST;
            if (lower) return Optional.of(new Bound(true, ratio));
            if (upper) return Optional.of(new Bound(false, ratio));
            return Optional.empty();
        }

        /** Not like-for-like: the runs' last steps differ (when both files log steps). */
        public boolean unequalLength() {
            double a = baseline.lastStep();
            double b = variant.lastStep();
            return a > 0 && b > 0 && Math.abs(a - b) > LIKE_FOR_LIKE * Math.max(a, b);
        }

        /** Not like-for-like: the runs' FLOPs per step differ. */
        public boolean unequalFlopsPerStep() {
            double a = baseline.flopsPerStep();
            double b = variant.flopsPerStep();
            return a > 0 && b > 0 && Math.abs(a - b) > LIKE_FOR_LIKE * Math.max(a, b);
        }
    }

    /**
     * @param multiplier the geometric mean over the pairs with a multiplier; empty when none has one
     * @param low        its 95% interval; NaN when there is none ({@code ciReason} says why)
     * @param n          the independent observations the multiplier rests on
     * @param bound      when no pair was observed, what the rows show (every pair bounding the same way); else empty
     * @param flags      words for what a reader must know: not-observed, unpaired, one-against-many, unequal-length,
     *                   unequal-flops-per-step, paper-rule
     * @param skipped    runs left out of the pairing, by reason
     */
    public record Result(String variant, List<Pair> pairs, OptionalDouble multiplier, double low, double high, int n, Pairing pairing,
                         Optional<String> ciReason, Optional<Bound> bound, List<String> flags, Map<String, List<String>> skipped) {
        /** Pairs whose crossings were both observed. */
        public int reached() {
            return (int) pairs.stream().filter(Pair::observed).count();
        }

        public int notObserved() {
            return pairs.size() - reached();
        }
    }

    /** Rows as reports and charts list them: measured multipliers, largest first; then bounds; then rows with neither. */
    public static final Comparator<Result> ORDER = Comparator
            .comparingInt((Result r) -> r.multiplier().isPresent() ? 0 : r.bound().isPresent() ? 1 : 2)
            .thenComparingDouble(r -> -r.multiplier().orElse(r.bound().map(Bound::value).orElse(0.0)));

    private Ablation() {
    }

    /**
     * @param target the loss both runs are compared at; NaN for the default, the higher of the two final losses (the
     *               last loss both curves reach)
     */
    public static Result measure(String variant, List<Curve> baseline, List<Curve> variantRuns, double target, Method method) {
        if (baseline.isEmpty() || variantRuns.isEmpty()) throw new IllegalArgumentException("an ablation needs baseline and variant runs");
        Map<String, List<String>> skipped = new LinkedHashMap<>();
        Pairing pairing = pairing(baseline, variantRuns);
        List<Curve[]> matched = pair(baseline, variantRuns, pairing, skipped);
        boolean paper = method == Method.NEAREST;
        List<Pair> pairs = new ArrayList<>();
        for (Curve[] p : matched) {
            double t = Double.isNaN(target) ? Math.max(last(p[0]), last(p[1])) : target;
            pairs.add(new Pair(p[0], p[1], t, crossing(p[0], t, method), crossing(p[1], t, method), paper));
        }
        Set<String> flags = new LinkedHashSet<>();
        if (paper) flags.add("paper-rule");
        if (pairs.stream().anyMatch(p -> !p.observed())) flags.add("not-observed");
        if (pairing == Pairing.UNPAIRED || !skipped.isEmpty()) flags.add("unpaired");
        if (pairing == Pairing.ONE_AGAINST_MANY) flags.add("one-against-many");
        if (pairs.stream().anyMatch(Pair::unequalLength)) flags.add("unequal-length");
        if (pairs.stream().anyMatch(Pair::unequalFlopsPerStep)) flags.add("unequal-flops-per-step");

        double[] logs = pairs.stream().filter(p -> p.multiplier().isPresent()).mapToDouble(p -> Math.log(p.multiplier().getAsDouble())).toArray();
        if (logs.length == 0) {
            return new Result(variant, pairs, OptionalDouble.empty(), Double.NaN, Double.NaN, 0, pairing,
                    Optional.of("no pair's crossing of the target was observed"), bound(pairs), List.copyOf(flags), skipped);
        }
        double mean = 0;
        for (double v : logs) mean += v;
        mean /= logs.length;
        int n = pairing == Pairing.SEEDS ? logs.length : 1;
        Optional<String> ciReason = Optional.empty();
        double low = Double.NaN;
        double high = Double.NaN;
        if (pairing == Pairing.ONE_AGAINST_MANY) {
            boolean oneVariant = variantRuns.size() == 1;
            ciReason = Optional.of(String.format(Locale.ROOT, "one %s run against %d %s runs is one observation, not %d: no t interval; run both with the same seeds",
                    oneVariant ? "variant" : "baseline", oneVariant ? baseline.size() : variantRuns.size(), oneVariant ? "baseline" : "variant",
                    oneVariant ? baseline.size() : variantRuns.size()));
        } else if (pairing == Pairing.UNPAIRED) {
            ciReason = Optional.of("no baseline and variant run share a seed: the runs cannot be paired, so seed-to-seed spread cannot be told from the gain; "
                    + "run both with the same seeds");
        } else if (n < 2) {
            ciReason = Optional.of("one run on each side is one observation: a t interval needs two or more seeds on both sides");
        } else {
            double ss = 0;
            for (double v : logs) ss += (v - mean) * (v - mean);
            if (ss == 0) {
                ciReason = Optional.of("the pairs agree exactly: a zero spread is not an interval");
            } else {
                double se = Math.sqrt(ss / (n - 1) / n);
                double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
                low = Math.exp(mean - t * se);
                high = Math.exp(mean + t * se);
            }
        }
        return new Result(variant, pairs, OptionalDouble.of(Math.exp(mean)), low, high, n, pairing, ciReason, Optional.empty(), List.copyOf(flags), skipped);
    }

    /** Seeds in common pair runs; without any, one run on a side is one observation against many; else nothing pairs. */
    static Pairing pairing(List<Curve> baseline, List<Curve> variant) {
        Set<Long> seeds = new HashSet<>();
        for (Curve b : baseline) if (b.seed() >= 0) seeds.add(b.seed());
        for (Curve v : variant) if (v.seed() >= 0 && seeds.contains(v.seed())) return Pairing.SEEDS;
        if (baseline.size() == 1 && variant.size() == 1) return Pairing.SINGLE;
        if (baseline.size() == 1 || variant.size() == 1) return Pairing.ONE_AGAINST_MANY;
        return Pairing.UNPAIRED;
    }

    /** Baseline and variant runs matched as {@code pairing} says; the runs left out, by reason, into {@code skipped}. */
    static List<Curve[]> pair(List<Curve> baseline, List<Curve> variant, Pairing pairing, Map<String, List<String>> skipped) {
        List<Curve[]> out = new ArrayList<>();
        if (pairing != Pairing.SEEDS) {
            for (Curve b : baseline) for (Curve v : variant) out.add(new Curve[] {b, v});
            return out;
        }
        Map<Long, Curve> bySeed = new TreeMap<>();
        for (Curve b : baseline) {
            if (b.seed() < 0) skipped.computeIfAbsent("no seed in its name, among runs paired by seed", k -> new ArrayList<>()).add(b.file());
            else if (bySeed.putIfAbsent(b.seed(), b) != null) skipped.computeIfAbsent("a second baseline run of the same seed", k -> new ArrayList<>()).add(b.file());
        }
        Set<Long> used = new HashSet<>();
        for (Curve v : variant) {
            Curve b = v.seed() < 0 ? null : bySeed.get(v.seed());
            if (v.seed() < 0) skipped.computeIfAbsent("no seed in its name, among runs paired by seed", k -> new ArrayList<>()).add(v.file());
            else if (b == null) skipped.computeIfAbsent("no baseline run of the same seed", k -> new ArrayList<>()).add(v.file());
            else if (!used.add(v.seed())) skipped.computeIfAbsent("a second variant run of the same seed", k -> new ArrayList<>()).add(v.file());
            else out.add(new Curve[] {b, v});
        }
        for (var e : bySeed.entrySet()) {
            if (!used.contains(e.getKey())) skipped.computeIfAbsent("no variant run of the same seed", k -> new ArrayList<>()).add(e.getValue().file());
        }
        return out;
    }

    /** When no pair was observed and every pair bounds the multiplier the same way: the geometric mean of the bounds. */
    private static Optional<Bound> bound(List<Pair> pairs) {
        List<Bound> bounds = pairs.stream().map(Pair::bound).flatMap(Optional::stream).toList();
        if (bounds.isEmpty() || bounds.size() < pairs.size()) return Optional.empty();
        boolean atLeast = bounds.get(0).atLeast();
        if (bounds.stream().anyMatch(b -> b.atLeast() != atLeast)) return Optional.empty();
        return Optional.of(new Bound(atLeast, Math.exp(bounds.stream().mapToDouble(b -> Math.log(b.value())).average().orElseThrow())));
    }

    private static double last(Curve c) {
        return c.loss()[c.points() - 1];
    }

    /**
     * Where {@code c} reaches {@code target}: observed between the first two rows that straddle it (interpolated in
     * log compute), before its first row, or never; with the paper's rule the compute is the closest row's whatever
     * the reach.
     */
    static Crossing crossing(Curve c, double target, Method method) {
        double[] x = c.compute();
        double[] y = c.loss();
        int first = -1;
        for (int i = 0; i < y.length; i++) {
            if (y[i] <= target) {
                first = i;
                break;
            }
        }
        Reach reach = first < 0 ? Reach.NEVER : first == 0 ? Reach.BEFORE_FIRST : Reach.OBSERVED;
        if (method == Method.NEAREST) {
            int best = 0;
            for (int i = 1; i < y.length; i++) if (Math.abs(y[i] - target) < Math.abs(y[best] - target)) best = i;
            return new Crossing(reach, x[best]);
        }
        return switch (reach) {
            case NEVER -> new Crossing(reach, x[x.length - 1]);
            case BEFORE_FIRST -> new Crossing(reach, x[0]);
            case OBSERVED -> {
                double f = (y[first - 1] - target) / (y[first - 1] - y[first]);
                yield new Crossing(reach, Math.exp(Math.log(x[first - 1]) + f * (Math.log(x[first]) - Math.log(x[first - 1]))));
            }
        };
    }

    /** The compute at which {@code c} first reaches {@code target}, when observed (or by the paper's rule); empty otherwise. */
    static OptionalDouble computeAt(Curve c, double target, Method method) {
        Crossing k = crossing(c, target, method);
        return k.reach() == Reach.OBSERVED || method == Method.NEAREST ? OptionalDouble.of(k.compute()) : OptionalDouble.empty();
    }
}
