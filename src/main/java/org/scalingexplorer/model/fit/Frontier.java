package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.Run;

/**
 * A law fitted to the compute-efficient frontier of an algorithm's training curves, as the paper fitted its laws:
 * every logged point of every run inside a compute window; the lower envelope (the points no other point beats with
 * less compute); then {@code L = E + A C^alpha}, with E fixed (the paper's 1.9: least squares of ln(L - E) on ln C
 * over the envelope points with L > E) or free (the saturating fit on the envelope). Or, instead of the envelope,
 * each run's final point. The bootstrap resamples runs (not points) and refits.
 */
public final class Frontier {
    public enum Method {
        ENVELOPE, FINAL;

        public static Method parse(String s) {
            return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "envelope" -> ENVELOPE;
                case "final" -> FINAL;
                default -> throw new IllegalArgumentException("--method must be envelope or final, got '" + s + "'");
            };
        }
    }

    /**
     * @param fixedE the irreducible loss held fixed, or NaN to fit it
     * @param window the compute window points must lie in
     */
    public record Options(double fixedE, ComputeRange window, Method method) {
        public static final double PAPER_E = 1.9;

        public static Options paper() {
            return new Options(PAPER_E, new ComputeRange(1e16, 5e17), Method.ENVELOPE);
        }
    }

    /** The points fitted (compute, loss), sorted by compute. */
    public record Points(double[] compute, double[] loss) {
        public int size() {
            return compute.length;
        }
    }

    /**
     * @param parameters E, A, alpha (alpha negative, as in {@code L - E = A C^alpha})
     * @param intervals  each parameter's percentile interval over the bootstrap (empty without one)
     */
    public record Result(Map<String, Double> parameters, Map<String, Bootstrap.Interval> intervals, Points points, int runs,
                         int bootstrapFailed, PowerLaw law, List<Map<String, Double>> samples) {
    }

    private Frontier() {
    }

    /** The lower envelope of every point of {@code curves} with compute in the window: lower loss than any point with less compute. */
    public static Points envelope(List<Curve> curves, ComputeRange window) {
        List<double[]> all = new ArrayList<>();
        for (Curve c : curves) {
            for (int i = 0; i < c.points(); i++) {
                if (c.compute()[i] >= window.min() && c.compute()[i] <= window.max()) all.add(new double[] {c.compute()[i], c.loss()[i]});
            }
        }
        // by compute, then by loss, so that among equal computes the lowest loss comes first
        all.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        List<double[]> kept = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        for (double[] p : all) {
            if (p[1] < best) {
                kept.add(p);
                best = p[1];
            }
        }
        return points(kept);
    }

    /** Each run's last point in the window. */
    public static Points finals(List<Curve> curves, ComputeRange window) {
        List<double[]> kept = new ArrayList<>();
        for (Curve c : curves) {
            for (int i = c.points() - 1; i >= 0; i--) {
                if (c.compute()[i] >= window.min() && c.compute()[i] <= window.max()) {
                    kept.add(new double[] {c.compute()[i], c.loss()[i]});
                    break;
                }
            }
        }
        kept.sort((a, b) -> Double.compare(a[0], b[0]));
        return points(kept);
    }

    private static Points points(List<double[]> kept) {
        return new Points(kept.stream().mapToDouble(p -> p[0]).toArray(), kept.stream().mapToDouble(p -> p[1]).toArray());
    }

    /** The fit without a bootstrap. */
    public static Result fit(List<Curve> curves, Options o) {
        return fit(curves, o, 0, 1, Bootstrap.DEFAULT_LEVEL);
    }

    /** The fit, and with {@code resamples} > 0 its bootstrap over runs (resample i seeded by (seed, i)). */
    public static Result fit(List<Curve> curves, Options o, int resamples, long seed, double level) {
        return fit(curves, o, resamples, seed, level, null, null);
    }

    /**
     * The same, the refits spread over the cores (each resample drawn from its own seed, so the result does not
     * depend on how they are spread).
     *
     * @param progress told how many refits are done (from worker threads; may be null)
     * @param cancel   set it to stop: the call then throws {@link java.util.concurrent.CancellationException} (may be null)
     */
    public static Result fit(List<Curve> curves, Options o, int resamples, long seed, double level, java.util.function.IntConsumer progress,
                             java.util.concurrent.atomic.AtomicBoolean cancel) {
        if (curves.isEmpty()) throw new IllegalArgumentException("no runs to fit");
        if (resamples < 0 || resamples > Bootstrap.MAX_RESAMPLES) {
            throw new IllegalArgumentException("--bootstrap needs 0 to " + Bootstrap.MAX_RESAMPLES + " resamples, got " + resamples);
        }
        Points pts = select(curves, o);
        Map<String, Double> p = parameters(pts, o);
        @SuppressWarnings("unchecked")
        Map<String, Double>[] drawn = new Map[resamples];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.stream.IntStream.range(0, resamples).parallel().forEach(i -> {
            if (cancel != null && cancel.get()) return;
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
            List<Curve> resample = new ArrayList<>(curves.size());
            for (int k = 0; k < curves.size(); k++) resample.add(curves.get(r.nextInt(curves.size())));
            try {
                drawn[i] = parameters(select(resample, o), o);
            } catch (IllegalArgumentException e) {
                drawn[i] = null; // a resample whose frontier is too thin to fit
            }
            if (progress != null) progress.accept(done.incrementAndGet());
        });
        if (cancel != null && cancel.get()) throw new java.util.concurrent.CancellationException("bootstrap cancelled");
        Map<String, List<Double>> draws = new LinkedHashMap<>();
        p.keySet().forEach(k -> draws.put(k, new ArrayList<>()));
        List<Map<String, Double>> samples = new ArrayList<>();
        int failed = 0;
        for (Map<String, Double> q : drawn) {
            if (q == null) {
                failed++;
                continue;
            }
            q.forEach((k, v) -> draws.get(k).add(v));
            samples.add(q);
        }
        Map<String, Bootstrap.Interval> intervals = new LinkedHashMap<>();
        if (resamples > 0 && !samples.isEmpty()) {
            for (var e : draws.entrySet()) {
                double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
                intervals.put(e.getKey(), new Bootstrap.Interval(p.get(e.getKey()), Bootstrap.percentile(v, (1 - level) / 2),
                        Bootstrap.percentile(v, 1 - (1 - level) / 2)));
            }
        }
        ComputeRange range = new ComputeRange(pts.compute()[0], pts.compute()[pts.size() - 1]);
        return new Result(p, intervals, pts, curves.size(), failed,
                new PowerLaw(p.get("E"), p.get("A"), p.get("alpha"), java.util.Optional.of(range)), samples);
    }

    private static Points select(List<Curve> curves, Options o) {
        return o.method() == Method.ENVELOPE ? envelope(curves, o.window()) : finals(curves, o.window());
    }

    private static Map<String, Double> parameters(Points pts, Options o) {
        Map<String, Double> p = new LinkedHashMap<>();
        if (Double.isNaN(o.fixedE())) {
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < pts.size(); i++) runs.add(new Run(pts.compute()[i], pts.loss()[i], Double.NaN, Double.NaN));
            FitResult f = Fitter.fit(LawKind.SATURATING, runs, FitOptions.defaults());
            p.put("E", f.parameter("E"));
            p.put("A", f.parameter("A"));
            p.put("alpha", f.parameter("alpha"));
            return p;
        }
        SimpleRegression reg = new SimpleRegression();
        for (int i = 0; i < pts.size(); i++) {
            double y = pts.loss()[i] - o.fixedE();
            if (y > 0) reg.addData(Math.log(pts.compute()[i]), Math.log(y));
        }
        if (reg.getN() < 3) {
            throw new IllegalArgumentException("the frontier has " + reg.getN() + " points above E = " + o.fixedE()
                    + " in the compute window; at least 3 are needed (widen the window or import more runs)");
        }
        p.put("E", o.fixedE());
        p.put("A", Math.exp(reg.getIntercept()));
        p.put("alpha", reg.getSlope());
        return p;
    }
}
