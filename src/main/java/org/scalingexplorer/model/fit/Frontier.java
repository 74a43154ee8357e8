package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

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
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
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

    /**
     * The points fitted (compute, loss), sorted by compute, with the index (in the list of curves fitted) of the run
     * each came from.
     */
    public record Points(double[] compute, double[] loss, int[] run) {
        public int size() {
            return compute.length;
        }

        /** How many distinct runs the points come from. */
        public int runs() {
            return (int) Arrays.stream(run).distinct().count();
        }

        /** The decades of compute the points span (0 for fewer than two). */
        public double decades() {
            return size() < 2 ? 0 : Math.log10(compute[size() - 1] / compute[0]);
        }

        /** The compute the points span. */
        public ComputeRange range() {
            return new ComputeRange(compute[0], compute[size() - 1]);
        }
    }

    /**
     * @param parameters E, A, alpha (alpha negative, as in {@code L - E = A C^alpha})
     * @param intervals  each parameter's percentile interval over the bootstrap; empty without one, or when it is
     *                   refused ({@code ciReason} says why)
     * @param runs       the runs given to the fit (the bootstrap resamples these)
     * @param resamples  the resamples asked for
     * @param samples    the parameters of each resample that could be fitted; empty when the interval is refused, so
     *                   that nothing downstream draws a band or an interval from a degenerate bootstrap
     * @param ciReason   why there is no interval (no bootstrap asked for, too few runs, points or decades, too many
     *                   failed resamples, resamples that repeat one value); empty when there is one
     * @param eIdentified false when E was fitted and the points do not identify it ({@link FloorCheck})
     * @param warnings   what a reader must know before trusting the fit
     */
    public record Result(Map<String, Double> parameters, Map<String, Bootstrap.Interval> intervals, Points points, int runs,
                         int bootstrapFailed, PowerLaw law, List<Map<String, Double>> samples, int resamples, Optional<String> ciReason,
                         boolean eIdentified, List<FitWarning> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }

        /** The compute span of the points fitted, in decades. */
        public double decades() {
            return points.decades();
        }
    }

    private Frontier() {
    }

    /** The lower envelope of every point of {@code curves} with compute in the window: lower loss than any point with less compute. */
    public static Points envelope(List<Curve> curves, ComputeRange window) {
        List<double[]> all = new ArrayList<>();
        for (int k = 0; k < curves.size(); k++) {
            Curve c = curves.get(k);
            for (int i = 0; i < c.points(); i++) {
                if (c.compute()[i] >= window.min() && c.compute()[i] <= window.max()) all.add(new double[] {c.compute()[i], c.loss()[i], k});
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
        for (int k = 0; k < curves.size(); k++) {
            Curve c = curves.get(k);
            for (int i = c.points() - 1; i >= 0; i--) {
                if (c.compute()[i] >= window.min() && c.compute()[i] <= window.max()) {
                    kept.add(new double[] {c.compute()[i], c.loss()[i], k});
                    break;
                }
            }
        }
        kept.sort((a, b) -> Double.compare(a[0], b[0]));
        return points(kept);
    }

    private static Points points(List<double[]> kept) {
        return new Points(kept.stream().mapToDouble(p -> p[0]).toArray(), kept.stream().mapToDouble(p -> p[1]).toArray(),
                kept.stream().mapToInt(p -> (int) p[2]).toArray());
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
     * @param cancel   set it to stop: the call then throws {@link CancellationException} (may be null)
     */
    public static Result fit(List<Curve> curves, Options o, int resamples, long seed, double level, IntConsumer progress,
                             AtomicBoolean cancel) {
        if (curves.isEmpty()) throw new IllegalArgumentException("no runs to fit");
        if (resamples < 0 || resamples > Bootstrap.MAX_RESAMPLES) {
            throw new IllegalArgumentException("--bootstrap needs 0 to " + Bootstrap.MAX_RESAMPLES + " resamples, got " + resamples);
        }
        Points pts = fitted(select(curves, o), o);
        Map<String, Double> p = parameters(pts, o);
        @SuppressWarnings("unchecked")
        Map<String, Double>[] drawn = new Map[resamples];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, resamples).parallel().forEach(i -> {
            if (cancel != null && cancel.get()) return;
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
            List<Curve> resample = new ArrayList<>(curves.size());
            for (int k = 0; k < curves.size(); k++) resample.add(curves.get(r.nextInt(curves.size())));
            try {
                drawn[i] = parameters(fitted(select(resample, o), o), o);
            } catch (IllegalArgumentException e) {
                drawn[i] = null; // a resample whose frontier is too thin to fit
            }
            if (progress != null) progress.accept(done.incrementAndGet());
        });
        if (cancel != null && cancel.get()) throw new CancellationException("bootstrap cancelled");
        List<Map<String, Double>> samples = new ArrayList<>();
        int failed = 0;
        for (Map<String, Double> q : drawn) {
            if (q == null) failed++;
            else samples.add(q);
        }
        boolean freeE = Double.isNaN(o.fixedE());
        Map<String, double[]> draws = new LinkedHashMap<>();
        for (String k : p.keySet()) {
            if (k.equals("E") && !freeE) continue;
            draws.put(k, samples.stream().mapToDouble(q -> q.get(k)).sorted().toArray());
        }
        Optional<String> ciReason = IntervalCheck.data(pts.runs(), pts.size(), pts.decades())
                .or(() -> IntervalCheck.resamples(resamples, resamples - samples.size(), draws));
        Map<String, Bootstrap.Interval> intervals = new LinkedHashMap<>();
        if (ciReason.isEmpty()) {
            for (var e : draws.entrySet()) {
                double[] v = e.getValue();
                intervals.put(e.getKey(), new Bootstrap.Interval(p.get(e.getKey()), Bootstrap.percentile(v, (1 - level) / 2),
                        Bootstrap.percentile(v, 1 - (1 - level) / 2)));
            }
        }
        List<FitWarning> warnings = new ArrayList<>();
        boolean identified = true;
        if (freeE) {
            FloorCheck.Result floor = FloorCheck.check(pts.compute(), pts.loss(), p.get("E"), pts.runs());
            identified = floor.identified();
            if (!identified) warnings.add(new FitWarning("e-not-identified", floor.reason()));
        }
        if (resamples > 0 && ciReason.isPresent()) warnings.add(new FitWarning("interval-refused", "no interval: " + ciReason.get()));
        // an estimate at an end of its interval, explained
        String lean = o.method() == Method.ENVELOPE
                ? "a resample of runs repeats some and drops others, and the lower envelope of fewer runs is never below that of them all"
                : "a resample of runs repeats some and drops others, and the fit moves more when some runs are dropped than when others are";
        for (var e : intervals.entrySet()) {
            IntervalCheck.offCentre(e.getKey(), p.get(e.getKey()), e.getValue(), draws.get(e.getKey()), lean)
                    .ifPresent(m -> warnings.add(new FitWarning("estimate-at-interval-end", m)));
        }
        if (failed > 0) {
            warnings.add(new FitWarning("failed-resamples", String.format(Locale.ROOT, "%,d of %,d bootstrap resamples could not be fitted%s",
                    failed, resamples, ciReason.isEmpty() ? " and are left out of the intervals" : "")));
        }
        if (pts.decades() < 1) {
            warnings.add(new FitWarning("narrow-range", String.format(Locale.ROOT,
                    "the fitted points span %.2f decades of compute: the exponent is uncertain, and every extrapolation from it is long", pts.decades())));
        }
        if (pts.runs() < IntervalCheck.MIN_RUNS) {
            warnings.add(new FitWarning("few-runs", String.format(Locale.ROOT, "the fitted points come from %d run%s", pts.runs(),
                    pts.runs() == 1 ? "" : "s")));
        }
        int below = select(curves, o).size() - pts.size();
        if (below > 0) {
            warnings.add(new FitWarning("points-at-floor", String.format(Locale.ROOT,
                    "%,d frontier point%s at or below E = %s left out (no reducible loss to fit)", below, below == 1 ? "" : "s", o.fixedE())));
        }
        return new Result(p, intervals, pts, curves.size(), failed,
                new PowerLaw(p.get("E"), p.get("A"), p.get("alpha"), Optional.of(pts.range()), Optional.of(span(curves))),
                ciReason.isEmpty() ? samples : List.of(), resamples, ciReason, identified, warnings);
    }

    /** The compute every run spans together, warm-up and saturation included. */
    static ComputeRange span(List<Curve> curves) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Curve c : curves) {
            lo = Math.min(lo, c.compute()[0]);
            hi = Math.max(hi, c.compute()[c.points() - 1]);
        }
        return new ComputeRange(lo, hi);
    }

    /** With E fixed, the points above it (the fit takes the log of L - E); with E free, all of them. */
    private static Points fitted(Points pts, Options o) {
        if (Double.isNaN(o.fixedE())) return pts;
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < pts.size(); i++) {
            if (pts.loss()[i] > o.fixedE()) kept.add(new double[] {pts.compute()[i], pts.loss()[i], pts.run()[i]});
        }
        return points(kept);
    }

    private static Points select(List<Curve> curves, Options o) {
        return o.method() == Method.ENVELOPE ? envelope(curves, o.window()) : finals(curves, o.window());
    }

    private static Map<String, Double> parameters(Points pts, Options o) {
        Map<String, Double> p = new LinkedHashMap<>();
        if (Double.isNaN(o.fixedE())) {
            if (pts.size() < 4) {
                throw new IllegalArgumentException("the frontier has " + pts.size() + " point" + (pts.size() == 1 ? "" : "s")
                        + " in the compute window; fitting E too needs at least 4 (widen the window or import more runs)");
            }
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < pts.size(); i++) runs.add(new Run(pts.compute()[i], pts.loss()[i], Double.NaN, Double.NaN));
            FitResult f = Fitter.fit(LawKind.SATURATING, runs, FitOptions.defaults());
            p.put("E", f.parameter("E"));
            p.put("A", f.parameter("A"));
            p.put("alpha", f.parameter("alpha"));
            return p;
        }
        SimpleRegression reg = new SimpleRegression();
        for (int i = 0; i < pts.size(); i++) reg.addData(Math.log(pts.compute()[i]), Math.log(pts.loss()[i] - o.fixedE()));
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
