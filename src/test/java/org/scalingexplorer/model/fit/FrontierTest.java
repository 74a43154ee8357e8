package org.scalingexplorer.model.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.model.ComputeRange;

/** The paper's frontier fit: the lower envelope of every logged point, then L = E + A C^alpha. */
class FrontierTest {
    static final ComputeRange WIDE = new ComputeRange(1, 1e30);

    static Curve curve(String id, double[] c, double[] l) {
        return new Curve(id, "algo", 0, -1, c, l);
    }

    /** By hand: points sorted by compute, kept when their loss is below every point with less compute. */
    @Test
    void theEnvelopeKeepsThePointsNothingBeatsWithLessCompute() {
        Curve a = curve("a", new double[] {1, 2, 4, 8}, new double[] {10, 8, 7, 6.5});
        Curve b = curve("b", new double[] {1.5, 3, 6, 12}, new double[] {9, 7.5, 6, 5});
        Frontier.Points p = Frontier.envelope(List.of(a, b), WIDE);
        // 1:10, 1.5:9, 2:8, 3:7.5, 4:7, 6:6, (8:6.5 beaten by 6:6), 12:5
        assertArrayEquals(new double[] {1, 1.5, 2, 3, 4, 6, 12}, p.compute());
        assertArrayEquals(new double[] {10, 9, 8, 7.5, 7, 6, 5}, p.loss());
        // the window keeps points inside it only
        Frontier.Points w = Frontier.envelope(List.of(a, b), new ComputeRange(2, 6));
        assertArrayEquals(new double[] {2, 3, 4, 6}, w.compute());
        // the final-point method: each run's last point in the window
        Frontier.Points f = Frontier.finals(List.of(a, b), new ComputeRange(1, 10));
        assertArrayEquals(new double[] {6, 8}, f.compute());
        assertArrayEquals(new double[] {6, 6.5}, f.loss());
    }

    /**
     * Runs on an exact law until they saturate: inside a window below the last run's saturation (1.28e18) the envelope
     * is the law, and the fit recovers it to rounding. (Beyond it the first flat point of the last run is on the
     * envelope too: it beats every point with less compute, as the paper's envelope would keep it.)
     */
    @Test
    void anExactLawIsRecoveredWithEFixed() {
        double e = 1.9;
        double a = 80;
        double alpha = -0.09;
        List<Curve> runs = family(e, a, alpha, new double[8]);
        Frontier.Result r = Frontier.fit(runs, new Frontier.Options(e, new ComputeRange(1e15, 1.2e18), Frontier.Method.ENVELOPE));
        assertEquals(a, r.parameters().get("A"), a * 1e-9);
        assertEquals(alpha, r.parameters().get("alpha"), 1e-12);
        assertEquals(e, r.law().e());
    }

    /**
     * Ten runs, each touching the law at its own compute and above it elsewhere, each shifted by its own small offset:
     * the frontier draws on several runs, and the bootstrap over runs gives intervals that contain the true A and
     * alpha and have width.
     */
    @Test
    void theBootstrapOverRunsCoversTheTrueLaw() {
        double e = 1.9;
        double a = 88;
        double alpha = -0.094;
        double[] offsets = {0.004, -0.003, 0.002, -0.001, 0.003, -0.002, 0.001, -0.004, 0.002, 0.0};
        Frontier.Result r = Frontier.fit(touching(e, a, alpha, 1e15, 0.3, 0.003, offsets), new Frontier.Options(e, new ComputeRange(1e15, 1e18),
                Frontier.Method.ENVELOPE), 400, 7, 0.95);
        Bootstrap.Interval ia = r.intervals().get("A");
        Bootstrap.Interval ial = r.intervals().get("alpha");
        assertTrue(r.ciReason().isEmpty(), r.ciReason().toString());
        assertTrue(r.points().runs() >= 8, "the frontier draws on the runs: " + r.points().runs());
        assertTrue(ia.low() <= a && ia.high() >= a && ia.high() - ia.low() > 0.1, "A " + ia);
        assertTrue(ial.low() <= alpha && ial.high() >= alpha, "alpha " + ial);
        assertTrue(ial.high() - ial.low() < 0.01, "a narrow interval for runs this alike: " + ial);
        assertEquals(10, r.runs());
        assertEquals(0, r.bootstrapFailed());
        assertEquals(400, r.samples().size());
        assertTrue(r.eIdentified(), "E was held fixed");
    }

    /**
     * A window that leaves three points of one run: no interval (a bootstrap over runs would repeat one value), the
     * reason given, no samples left to draw a band from, and a warning in the fit.
     */
    @Test
    void aFitOnOneRunsPointsGetsNoInterval() {
        // the last run is on the law and below the others until it saturates; a window of a quarter decade holds 3 of its points
        List<Curve> runs = family(1.9, 80, -0.09, new double[] {0.01, 0.01, 0.01, 0.0});
        Frontier.Result r = Frontier.fit(runs, new Frontier.Options(1.9, new ComputeRange(0.99e15, 1.8e15), Frontier.Method.ENVELOPE), 200, 1, 0.95);
        assertEquals(3, r.points().size());
        assertEquals(1, r.points().runs(), "one run on the frontier");
        assertTrue(r.intervals().isEmpty());
        assertTrue(r.samples().isEmpty(), "nothing left to draw a band from");
        assertEquals("the fitted points come from 1 run; an interval over runs needs at least 3", r.ciReason().orElseThrow());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("interval-refused")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("few-runs")), r.warnings().toString());
        // without a bootstrap the reason is that none was asked for, and no warning is given for it
        Frontier.Result plain = Frontier.fit(touching(1.9, 88, -0.094, 1e15, 0.3, 0.003, new double[] {0.004, -0.003, 0.002, -0.001, 0.003}),
                new Frontier.Options(1.9, new ComputeRange(1e15, 1e18), Frontier.Method.ENVELOPE));
        assertEquals("no bootstrap was asked for", plain.ciReason().orElseThrow());
        assertTrue(plain.warnings().stream().noneMatch(w -> w.code().equals("interval-refused")), plain.warnings().toString());
    }

    /** Resamples that cannot be fitted are counted; past 10% of them the interval, resting on the rest, is refused. */
    @Test
    void failedResamplesAreCountedAndTooManyRefuseTheInterval() {
        // three runs with two points each in the window among thirty with none: a resample that draws fewer than two of
        // the three has fewer than three points, which happens about 30% of the time ((32/33)^33 = 0.36 for each to be missed)
        List<Curve> runs = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            double c = 1e16 * Math.pow(10, k / 3.0);
            double c2 = c * Math.pow(10, 1 / 6.0);
            runs.add(new Curve("r" + k, "algo", 32, k, new double[] {c, c2},
                    new double[] {1.9 + 80 * Math.pow(c, -0.09) * (1 + 0.01 * k), 1.9 + 80 * Math.pow(c2, -0.09) * (1 + 0.01 * k)}));
        }
        for (int k = 0; k < 30; k++) runs.add(new Curve("empty" + k, "algo", 32, 100 + k, new double[] {1e10, 2e10}, new double[] {9, 8}));
        Frontier.Result r = Frontier.fit(runs, new Frontier.Options(1.9, new ComputeRange(1e16, 1e17), Frontier.Method.ENVELOPE), 300, 5, 0.95);
        assertTrue(r.bootstrapFailed() > 30, "failed " + r.bootstrapFailed());
        assertTrue(r.intervals().isEmpty());
        assertEquals(300, r.resamples());
        assertTrue(r.ciReason().orElseThrow().contains(r.bootstrapFailed() + " of 300 resamples could not be fitted"), r.ciReason().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("failed-resamples") && w.message().startsWith(r.bootstrapFailed() + " of 300")),
                r.warnings().toString());
    }

    /**
     * A free floor on a short, noisy frontier is not identified: E = 0 fits the points about as well (the profile test
     * over the frontier's runs), so the fit says so; on six decades of an exact law it is.
     */
    @Test
    void aFreeFloorTheDataCannotPlaceIsNotIdentified() {
        double[] offsets = {0.004, -0.003, 0.002, -0.001, 0.003, -0.002};
        List<Curve> runs = touching(1.9, 88, -0.094, 1e16, 0.1, 0.02, offsets);
        Frontier.Result r = Frontier.fit(runs, new Frontier.Options(Double.NaN, new ComputeRange(1e16, 5e16), Frontier.Method.ENVELOPE));
        assertFalse(r.eIdentified(), r.warnings().toString());
        FitWarning w = r.warnings().stream().filter(x -> x.code().equals("e-not-identified")).findFirst().orElseThrow();
        assertTrue(w.message().contains("do not identify a floor"), w.message());
        Frontier.Result exact = Frontier.fit(family(2.1, 60, -0.08, new double[8]), new Frontier.Options(Double.NaN, new ComputeRange(1e13, 1e21),
                Frontier.Method.ENVELOPE));
        assertTrue(exact.eIdentified(), exact.warnings().toString());
    }

    @Test
    void freeEIsFittedByTheSaturatingFit() {
        double e = 2.1;
        List<Curve> runs = family(e, 60, -0.08, new double[8]);
        Frontier.Result r = Frontier.fit(runs, new Frontier.Options(Double.NaN, new ComputeRange(1e13, 1e21), Frontier.Method.ENVELOPE));
        assertEquals(e, r.parameters().get("E"), 0.05);
        assertEquals(-0.08, r.parameters().get("alpha"), 0.01);
    }

    @Test
    void tooFewPointsInTheWindowIsRefusedWithTheReason() {
        List<Curve> runs = family(1.9, 80, -0.09, new double[8]);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Frontier.fit(runs, new Frontier.Options(1.9, new ComputeRange(1e30, 1e31), Frontier.Method.ENVELOPE)));
        assertTrue(ex.getMessage().contains("at least 3"), ex.getMessage());
    }

    /**
     * Issue 28: an estimate at the end of its interval is explained. Six runs each lead the frontier over their own
     * sixth of three decades and lie on the law there (no offsets): a resample that drops a run fills its zone from
     * its neighbours, which lie above the law, so every refit's A is at least the full fit's and the estimate sits at
     * the interval's low end. The share the message gives is counted again from the refits.
     */
    @Test
    void anEstimateAtTheEndOfItsIntervalIsExplained() {
        List<Curve> runs = zoned(1.9, 80, -0.09, 15, 3, new double[] {0, 0, 0, 0, 0, 0});
        Frontier.Result r = Frontier.fit(runs, new Frontier.Options(1.9, WIDE, Frontier.Method.ENVELOPE), 200, 7, 0.95);
        assertTrue(r.intervals().containsKey("A"), r.ciReason().toString());
        double a = r.parameters().get("A");
        FitWarning w = r.warnings().stream().filter(x -> x.code().equals("estimate-at-interval-end") && x.message().startsWith("A's estimate"))
                .findFirst().orElseThrow(() -> new AssertionError(r.warnings().toString()));
        long larger = r.samples().stream().filter(q -> q.get("A") > a).count();
        String share = String.format(java.util.Locale.ROOT, "%.0f%% of the refits gave a larger A", 100.0 * larger / r.samples().size());
        assertTrue(w.message().contains(share) && w.message().contains("at the low end of its interval"), w.message() + " / " + share);
        assertTrue(w.message().contains("the lower envelope of fewer runs is never below that of them all"), w.message());
    }

    /** By hand: 86.46 in [84.06, 143.7] is 4% of the width from the low end; 96 of 100 refits above it. */
    @Test
    void offCentreSaysWhereTheEstimateSitsAndHowTheRefitsLean() {
        double[] draws = new double[100];
        for (int i = 0; i < 100; i++) draws[i] = i < 4 ? 85 : 90 + i;
        String m = IntervalCheck.offCentre("A", 86.46, new Bootstrap.Interval(86.46, 84.06, 143.7), draws, "because").orElseThrow();
        assertTrue(m.startsWith("A's estimate 86.46 sits at the low end of its interval (84.06 to 143.7): 96% of the refits gave a larger A; because"), m);
        assertTrue(IntervalCheck.offCentre("A", 110, new Bootstrap.Interval(110, 84.06, 143.7), draws, "x").isEmpty(), "well inside: nothing to say");
        assertTrue(IntervalCheck.offCentre("A", 150, new Bootstrap.Interval(150, 84.06, 143.7), draws, "x").orElseThrow().contains("sits outside its interval"));
    }

    /**
     * Runs that each touch the law {@code E + A C^alpha} at their own compute and lie above it elsewhere, as models of
     * different sizes do around the compute-efficient frontier: run k's reducible loss is the law's times
     * {@code (1 + offset_k) (1 + eps ln(C / centre_k)^2)}, with centres {@code first * 10^(k * apart)}, logged at 60
     * points over 1.5 decades either side of its centre. The envelope of the runs is the law to within eps and the
     * offsets.
     */
    static List<Curve> touching(double e, double a, double alpha, double first, double apart, double eps, double[] offsets) {
        List<Curve> runs = new ArrayList<>();
        for (int k = 0; k < offsets.length; k++) {
            double centre = first * Math.pow(10, k * apart);
            int n = 60;
            double[] c = new double[n];
            double[] l = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = centre * Math.pow(10, -1.5 + i * 3.0 / (n - 1));
                double u = Math.log(c[i] / centre);
                l[i] = e + a * Math.pow(c[i], alpha) * (1 + offsets[k]) * (1 + eps * u * u);
            }
            runs.add(new Curve("run" + k, "algo", 32 * (k + 1), k, c, l));
        }
        return runs;
    }

    /**
     * Runs that each lead the frontier over their own stretch of compute, as models of different sizes do: the window
     * {@code [10^from, 10^(from + decades)]} is cut into one zone per run, and run k's reducible loss is the law's times
     * {@code (1 + offset_k)} in its zone and further times {@code 1 + 100 d^2} at d decades outside it. All runs log at
     * the same 61 computes spanning the window, so the envelope is run k's in zone k: the law shifted by each run's own
     * offset, which is the spread a bootstrap over runs sees.
     */
    static List<Curve> zoned(double e, double a, double alpha, double from, double decades, double[] offsets) {
        List<Curve> runs = new ArrayList<>();
        int n = 61;
        double w = decades / offsets.length;
        for (int k = 0; k < offsets.length; k++) {
            double[] c = new double[n];
            double[] l = new double[n];
            for (int i = 0; i < n; i++) {
                double lc = from + i * decades / (n - 1);
                c[i] = Math.pow(10, lc);
                double lo = from + k * w;
                double away = lc < lo ? lo - lc : lc > lo + w ? lc - lo - w : 0;
                l[i] = e + a * Math.pow(c[i], alpha) * (1 + offsets[k]) * (1 + 100 * away * away);
            }
            runs.add(new Curve("run" + k, "algo", 32 * (k + 1), k, c, l));
        }
        return runs;
    }

    /**
     * Runs of sizes 32..256: run k logs 60 points from 1e13 FLOP and follows E + A C^alpha (times 1 + its offset)
     * until its saturation compute 1e16 * 2^k, then stays flat, as a model too small for more compute does.
     */
    static List<Curve> family(double e, double a, double alpha, double[] offsets) {
        List<Curve> runs = new ArrayList<>();
        for (int k = 0; k < offsets.length; k++) {
            double saturate = 1e16 * Math.pow(2, k);
            int n = 60;
            double[] c = new double[n];
            double[] l = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = 1e13 * Math.pow(10, i * 6.0 / (n - 1));
                l[i] = e + a * Math.pow(Math.min(c[i], saturate), alpha) * (1 + offsets[k]);
            }
            runs.add(new Curve("run" + k, "algo", 32 * (k + 1), k, c, l));
        }
        return runs;
    }
}
