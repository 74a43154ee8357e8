package org.scalingexplorer.model.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
     * Eight runs (sizes) sharing a law up to where each saturates, each shifted by its own small offset (seeds differ):
     * the bootstrap over runs gives intervals that contain the true A and alpha and have width.
     */
    @Test
    void theBootstrapOverRunsCoversTheTrueLaw() {
        double e = 1.9;
        double a = 88;
        double alpha = -0.094;
        // the largest run, which reaches furthest on the law, is the one exactly on it: the full fit is the law, and
        // resamples without it have a frontier that bends where their largest run saturates
        double[] offsets = {0.004, 0.009, 0.002, 0.006, 0.007, 0.008, 0.003, 0.0};
        Frontier.Result r = Frontier.fit(family(e, a, alpha, offsets), new Frontier.Options(e, new ComputeRange(1e15, 1.2e18), Frontier.Method.ENVELOPE),
                400, 7, 0.95);
        Bootstrap.Interval ia = r.intervals().get("A");
        Bootstrap.Interval ial = r.intervals().get("alpha");
        assertEquals(a, ia.value(), a * 1e-9);
        assertTrue(ia.low() <= a * (1 + 1e-9) && ia.high() >= a * (1 - 1e-9) && ia.high() - ia.low() > 0.5, "A " + ia);
        assertTrue(ial.low() <= alpha + 1e-9 && ial.high() >= alpha - 1e-9, "alpha " + ial);
        assertTrue(ial.high() - ial.low() < 0.02, "a narrow interval for runs this alike: " + ial);
        assertEquals(8, r.runs());
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
