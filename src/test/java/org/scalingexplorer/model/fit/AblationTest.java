package org.scalingexplorer.model.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Ablation multipliers: compute over compute at a loss both runs reach, against values worked out by hand. */
class AblationTest {
    static Curve run(String file, long seed, double scale, double... losses) {
        double[] c = new double[losses.length];
        for (int i = 0; i < c.length; i++) c[i] = 1e15 * Math.pow(2, i) / scale;
        return new Curve(file, "x", 64, seed, c, losses);
    }

    /** The variant logs the same losses at 1/3 of the compute: at any loss it needs 3x less, by either method. */
    @Test
    void aVariantThatReachesEveryLossWithAThirdOfTheComputeHasMultiplierThree() {
        Curve base = run("base.csv", -1, 1, 8, 7, 6, 5.5, 5.2, 5.0);
        Curve variant = run("v.csv", -1, 3, 8, 7, 6, 5.5, 5.2, 5.0);
        for (Ablation.Method m : Ablation.Method.values()) {
            for (double target : new double[] {6.5, 5.3, Double.NaN}) {
                Ablation.Result r = Ablation.measure("v", List.of(base), List.of(variant), target, m);
                assertEquals(3, r.multiplier().getAsDouble(), 1e-12, m + " at " + target);
            }
        }
    }

    /** By hand: rows (1e15, 6.0) and (2e15, 5.0); loss 5.5 lies halfway, so in log compute at sqrt(2) * 1e15. */
    @Test
    void theComputeAtATargetIsInterpolatedInLogCompute() {
        Curve c = new Curve("c.csv", "x", 64, -1, new double[] {1e15, 2e15}, new double[] {6.0, 5.0});
        assertEquals(Math.sqrt(2) * 1e15, Ablation.computeAt(c, 5.5, Ablation.Method.INTERPOLATE).getAsDouble(), 1e3);
        // the paper's rule: the logged row closest to the target (5.4 is nearer 5.0 than 6.0)
        assertEquals(2e15, Ablation.computeAt(c, 5.4, Ablation.Method.NEAREST).getAsDouble());
        assertEquals(1e15, Ablation.computeAt(c, 5.6, Ablation.Method.NEAREST).getAsDouble());
    }

    /** A run that never gets down to the target is flagged: no multiplier, never its last row in place of the crossing. */
    @Test
    void aRunThatNeverReachesTheTargetIsFlaggedNotReplacedByItsLastRow() {
        Curve base = run("base.csv", -1, 1, 8, 7, 6, 5.0);
        Curve shortVariant = run("v.csv", -1, 1, 8, 7, 6.5);
        Ablation.Result r = Ablation.measure("v", List.of(base), List.of(shortVariant), 5.5, Ablation.Method.NEAREST);
        assertTrue(r.multiplier().isEmpty());
        assertEquals(0, r.reached());
        assertTrue(r.pairs().get(0).variantCompute().isEmpty());
        // the default target is the higher of the two final losses: both reach it
        assertTrue(Ablation.measure("v", List.of(base), List.of(shortVariant), Double.NaN, Ablation.Method.INTERPOLATE).multiplier().isPresent());
    }

    /**
     * Seeds 1-3 paired by seed, with multipliers 2, 3 and 4.5 (variant compute scaled): the geometric mean is
     * (2 * 3 * 4.5)^(1/3) = 3; the 95% interval is exp(mean ln m -+ t(0.975, 2) * s / sqrt(3)), t = 4.302652729911275.
     */
    @Test
    void seedsArePairedAndGiveAGeometricMeanWithATInterval() {
        double[] k = {2, 3, 4.5};
        List<Curve> base = List.of(run("b_1.csv", 1, 1, 8, 7, 6, 5), run("b_2.csv", 2, 1, 8, 7, 6, 5), run("b_3.csv", 3, 1, 8, 7, 6, 5));
        // listed out of seed order: pairing is by seed, not by position
        List<Curve> variant = List.of(run("v_3.csv", 3, k[2], 8, 7, 6, 5), run("v_1.csv", 1, k[0], 8, 7, 6, 5), run("v_2.csv", 2, k[1], 8, 7, 6, 5));
        Ablation.Result r = Ablation.measure("v", base, variant, 6.5, Ablation.Method.INTERPOLATE);
        assertEquals(3, r.reached());
        assertEquals(3, r.multiplier().getAsDouble(), 1e-12);
        double[] logs = {Math.log(2), Math.log(3), Math.log(4.5)};
        double mean = Math.log(3);
        double s = Math.sqrt(((logs[0] - mean) * (logs[0] - mean) + (logs[1] - mean) * (logs[1] - mean) + (logs[2] - mean) * (logs[2] - mean)) / 2);
        double half = 4.302652729911275 * s / Math.sqrt(3);
        assertEquals(Math.exp(mean - half), r.low(), 1e-9);
        assertEquals(Math.exp(mean + half), r.high(), 1e-9);
    }

    @Test
    void runsWithNoSeedInCommonAreRefused() {
        List<Curve> base = List.of(run("b_1.csv", 1, 1, 8, 7), run("b_2.csv", 2, 1, 8, 7));
        List<Curve> variant = List.of(run("v_5.csv", 5, 1, 8, 7), run("v_6.csv", 6, 1, 8, 7));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ablation.measure("v", base, variant, Double.NaN, Ablation.Method.INTERPOLATE));
        assertTrue(e.getMessage().contains("share a seed"), e.getMessage());
    }
}
