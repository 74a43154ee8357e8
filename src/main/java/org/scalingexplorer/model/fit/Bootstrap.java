package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.scalingexplorer.model.Run;

/**
 * Bootstrap over runs: refit to resamples (with replacement) of the runs a fit used, starting each refit at the
 * full fit, and report percentile intervals for every parameter. Resample i draws from its own generator seeded by
 * (seed, i), so results are the same whatever the number of threads; refits run on all cores.
 */
public final class Bootstrap {
    public static final int DEFAULT_RESAMPLES = 1000;
    /** Each resample keeps its parameters (for bands and workspaces): 20,000 is ample for percentile intervals. */
    public static final int MAX_RESAMPLES = 20_000;
    public static final double DEFAULT_LEVEL = 0.95;

    /** A parameter's estimate and its interval. */
    public record Interval(double value, double low, double high) {
        public boolean contains(double v) {
            return v >= low && v <= high;
        }
    }

    /**
     * @param samples every successful refit's parameters, in resample order (refits that fail are counted in
     *                {@code failed} and left out)
     */
    public record Result(FitResult fit, Map<String, Interval> intervals, List<Map<String, Double>> samples, int failed, double level,
                         long seed) {
    }

    private Bootstrap() {
    }

    /**
     * @param progress told the number of refits done so far (from worker threads)
     * @param cancel   set it to stop: the call then throws {@link CancellationException} promptly
     */
    public static Result run(LawKind kind, List<Run> runs, FitOptions options, int resamples, long seed, double level,
                             IntConsumer progress, AtomicBoolean cancel) {
        if (resamples < 10 || resamples > MAX_RESAMPLES) {
            throw new IllegalArgumentException("--bootstrap needs 10 to " + MAX_RESAMPLES + " resamples, got " + resamples);
        }
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("the interval level must be between 0 and 1, got " + level);
        FitOptions.Selection s = options.select(runs);
        FitResult full = Fitter.fitSelected(kind, s.used(), options.huber(), s.droppedCount(), null);
        List<Run> used = s.used();
        int n = used.size();
        AtomicInteger done = new AtomicInteger();
        @SuppressWarnings("unchecked")
        Map<String, Double>[] out = new Map[resamples];
        // after a cancel the remaining tasks return at once; the call returns only when the refits in flight have
        // finished, so nothing runs on after it
        IntStream.range(0, resamples).parallel().forEach(i -> {
            if (cancel.get()) return;
            SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
            List<Run> sample = new ArrayList<>(n);
            for (int k = 0; k < n; k++) sample.add(used.get(rng.nextInt(n)));
            try {
                out[i] = Fitter.fitSelected(kind, sample, options.huber(), 0, full).parameters();
            } catch (RuntimeException e) {
                out[i] = null; // a degenerate resample (e.g. too few distinct computes)
            }
            progress.accept(done.incrementAndGet());
        });
        if (cancel.get()) throw new CancellationException("bootstrap cancelled");
        List<Map<String, Double>> samples = new ArrayList<>();
        for (Map<String, Double> m : out) if (m != null) samples.add(m);
        Map<String, Interval> intervals = new LinkedHashMap<>();
        for (String name : full.parameters().keySet()) {
            double[] v = samples.stream().mapToDouble(m -> m.get(name)).sorted().toArray();
            intervals.put(name, new Interval(full.parameter(name), percentile(v, (1 - level) / 2), percentile(v, 1 - (1 - level) / 2)));
        }
        return new Result(full, intervals, samples, resamples - samples.size(), level, seed);
    }

    /** Linear interpolation between order statistics (type 7, as R and NumPy default). */
    public static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The percentile interval of any quantity computed from each refit's parameters, e.g. a CEG at a compute. */
    public static Interval interval(Result r, ToDoubleFunction<Map<String, Double>> quantity) {
        double[] v = r.samples().stream().mapToDouble(quantity).filter(Double::isFinite).sorted().toArray();
        return new Interval(quantity.applyAsDouble(r.fit().parameters()), percentile(v, (1 - r.level()) / 2), percentile(v, 1 - (1 - r.level()) / 2));
    }

}
