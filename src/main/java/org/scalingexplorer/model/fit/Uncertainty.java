package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.AttributionRow;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.ScalingLaw;

/**
 * Carries the bootstrap of fitted laws into what is computed from them. Each fitted algorithm has one law per
 * resample; draw i uses resample i of every fitted algorithm (their resamples are independent, so pairing by index
 * is a valid joint draw) and the dataset's own law for the others. An interval is the percentile interval of the
 * quantity over the draws, around its value with the fitted laws themselves.
 */
public final class Uncertainty {
    private static final Uncertainty NONE = new Uncertainty(Map.of(), Bootstrap.DEFAULT_LEVEL);

    /** Per fitted algorithm, its law in each resample (null where a resample's parameters give no falling law). */
    private final Map<String, List<ScalingLaw>> samples;
    private final double level;
    private final int draws;

    private Uncertainty(Map<String, List<ScalingLaw>> samples, double level) {
        this.samples = Map.copyOf(samples);
        this.level = level;
        this.draws = samples.values().stream().mapToInt(List::size).min().orElse(0);
    }

    public static Uncertainty none() {
        return NONE;
    }

    /** The laws of every resample of {@code result}, with the fit's fitted range. */
    public static List<ScalingLaw> laws(Bootstrap.Result result, Optional<ComputeRange> range) {
        List<ScalingLaw> laws = new ArrayList<>(result.samples().size());
        for (Map<String, Double> p : result.samples()) {
            try {
                laws.add(result.fit().kind().law(p, range));
            } catch (IllegalArgumentException e) {
                laws.add(null); // e.g. a resample whose exponent came out with the wrong sign
            }
        }
        return laws;
    }

    /**
     * The uncertainty the active fits carry: each active fit with a bootstrap gives its resample laws (the level is
     * the bootstrap's; fits made without one add nothing).
     */
    public static Uncertainty ofFits(List<AppliedFit> fits) {
        Map<String, List<ScalingLaw>> laws = new LinkedHashMap<>();
        double level = Bootstrap.DEFAULT_LEVEL;
        for (AppliedFit f : fits) {
            if (!f.active() || f.laws().isEmpty()) continue;
            laws.put(f.algorithmId(), f.laws());
            level = f.bootstrap().level();
        }
        return of(laws, level);
    }

    /** How many joint draws the intervals rest on. */
    public int draws() {
        return draws;
    }

    /** The algorithms whose laws are drawn, in the order they were fitted. */
    public Set<String> fitted() {
        return new LinkedHashSet<>(samples.keySet());
    }

    /** @param byAlgorithm each fitted algorithm's resample laws (from {@link #laws}); all at {@code level} */
    public static Uncertainty of(Map<String, List<ScalingLaw>> byAlgorithm, double level) {
        return byAlgorithm.isEmpty() ? NONE : new Uncertainty(byAlgorithm, level);
    }

    public boolean covers(String algorithmId) {
        return samples.containsKey(algorithmId);
    }

    public boolean isEmpty() {
        return samples.isEmpty();
    }

    public double level() {
        return level;
    }

    private record BandKey(String id, double first, double last, int n) {
    }

    /** Bands already computed: a band costs 1,000 laws at every compute, and views ask again on every dataset change. */
    private final ConcurrentHashMap<BandKey, double[][]> bands = new ConcurrentHashMap<>();

    /**
     * The percentile band of an algorithm's loss at each compute of {@code grid} (a log grid, as the charts sample):
     * {low[], high[]}. Do not change the arrays: they are remembered for the next request of the same grid.
     */
    public Optional<double[][]> lossBand(String algorithmId, double[] grid) {
        if (!samples.containsKey(algorithmId) || grid.length == 0) return Optional.empty();
        return Optional.of(bands.computeIfAbsent(new BandKey(algorithmId, grid[0], grid[grid.length - 1], grid.length),
                k -> computeBand(samples.get(algorithmId), grid)));
    }

    private double[][] computeBand(List<ScalingLaw> laws, double[] grid) {
        double[][] band = new double[2][grid.length];
        double[] v = new double[laws.size()];
        for (int g = 0; g < grid.length; g++) {
            int n = 0;
            for (ScalingLaw law : laws) {
                if (law == null) continue;
                double l = law.loss(grid[g]);
                if (Double.isFinite(l)) v[n++] = l;
            }
            double[] sorted = Arrays.copyOf(v, n);
            Arrays.sort(sorted);
            band[0][g] = Bootstrap.percentile(sorted, (1 - level) / 2);
            band[1][g] = Bootstrap.percentile(sorted, 1 - (1 - level) / 2);
        }
        return band;
    }

    /**
     * The interval of the CEG of {@code candidate} against {@code reference} at {@code compute}; empty when neither
     * is fitted. Draws where the CEG is unreachable are left out.
     */
    public Optional<Bootstrap.Interval> ceg(Algorithm reference, Algorithm candidate, Anchor anchor, double compute) {
        if (!covers(reference.id()) && !covers(candidate.id())) return Optional.empty();
        return interval(i -> {
            ScalingLaw r = lawIn(reference, i);
            ScalingLaw c = lawIn(candidate, i);
            return r == null || c == null ? null : new ScalingLaw[] {r, c};
        }, laws -> Ceg.between(laws[0], laws[1], anchor, compute).ceg().orElse(Double.NaN),
                Ceg.between(reference.law(), candidate.law(), anchor, compute).ceg().orElse(Double.NaN));
    }

    /**
     * The interval of the attribution's total multiplier at ({@code year}, {@code compute}); empty when no fitted
     * algorithm enters the attribution.
     */
    public Optional<Bootstrap.Interval> attributionTotal(Dataset dataset, Set<String> excluded, double year, double compute) {
        return attribution(dataset, excluded, year, compute).total();
    }

    /**
     * The interval of the scale-dependent share over the draws where the share is defined (0-100%); empty when no
     * fitted law takes part, or no draw gives a share.
     */
    public Optional<Bootstrap.Interval> attributionShare(Dataset dataset, Set<String> excluded, double year, double compute) {
        return attribution(dataset, excluded, year, compute).share();
    }

    /** Whether a drawn law enters {@code dataset}'s attribution (as a scale-dependent innovation's candidate or reference). */
    public boolean reachesAttribution(Dataset dataset) {
        return !enteringAttribution(dataset).isEmpty();
    }

    private List<String> enteringAttribution(Dataset dataset) {
        return dataset.innovations().stream()
                .filter(i -> i instanceof Innovation.ScaleDependent)
                .flatMap(i -> Stream.of(((Innovation.ScaleDependent) i).candidate(), ((Innovation.ScaleDependent) i).reference()))
                .distinct().filter(this::covers).toList();
    }

    /** The total's and the share's intervals at one point, from one pass over the draws. */
    public record AttributionIntervals(Optional<Bootstrap.Interval> total, Optional<Bootstrap.Interval> share) {
        static final AttributionIntervals NONE = new AttributionIntervals(Optional.empty(), Optional.empty());
    }

    /**
     * The intervals of the attribution's total and of its scale-dependent share (over the draws where the share is
     * defined) at ({@code year}, {@code compute}); both empty when no fitted algorithm enters the attribution.
     */
    public AttributionIntervals attribution(Dataset dataset, Set<String> excluded, double year, double compute) {
        List<String> fitted = enteringAttribution(dataset);
        if (fitted.isEmpty()) return AttributionIntervals.NONE;
        double[] totals = new double[draws];
        double[] shares = new double[draws];
        int nt = 0;
        int ns = 0;
        for (int i = 0; i < draws; i++) {
            Dataset d = dataset;
            for (String id : fitted) {
                ScalingLaw law = samples.get(id).get(i);
                if (law == null) {
                    d = null;
                    break;
                }
                d = d.mapAlgorithm(id, a -> a.withLaw(law));
            }
            if (d == null) continue;
            AttributionRow r = new Attribution(d, excluded).at(year, compute);
            double t = orNaN(r.total());
            double s = orNaN(r.scaleDependentShare());
            if (Double.isFinite(t)) totals[nt++] = t;
            if (Double.isFinite(s)) shares[ns++] = s;
        }
        AttributionRow central = new Attribution(dataset, excluded).at(year, compute);
        return new AttributionIntervals(percentiles(totals, nt, orNaN(central.total())), percentiles(shares, ns, orNaN(central.scaleDependentShare())));
    }

    private ScalingLaw lawIn(Algorithm a, int draw) {
        List<ScalingLaw> laws = samples.get(a.id());
        return laws == null ? a.law() : laws.get(draw);
    }

    private <T> Optional<Bootstrap.Interval> interval(IntFunction<T> draw, ToDoubleFunction<T> quantity, double value) {
        double[] v = new double[draws];
        int n = 0;
        for (int i = 0; i < draws; i++) {
            T t = draw.apply(i);
            if (t == null) continue;
            double q = quantity.applyAsDouble(t);
            if (Double.isFinite(q)) v[n++] = q;
        }
        return percentiles(v, n, value);
    }

    /** The percentile interval of the first {@code n} values of {@code v}, around {@code value}; empty when n is 0. */
    private Optional<Bootstrap.Interval> percentiles(double[] v, int n, double value) {
        if (n == 0) return Optional.empty();
        double[] sorted = Arrays.copyOf(v, n);
        Arrays.sort(sorted);
        return Optional.of(new Bootstrap.Interval(value, Bootstrap.percentile(sorted, (1 - level) / 2),
                Bootstrap.percentile(sorted, 1 - (1 - level) / 2)));
    }

    private static double orNaN(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : Double.NaN;
    }
}
