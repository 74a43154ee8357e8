package org.scalingexplorer.model.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
        Ablation.Result r = Ablation.measure("v", List.of(base), List.of(shortVariant), 5.5, Ablation.Method.INTERPOLATE);
        assertTrue(r.multiplier().isEmpty());
        assertEquals(0, r.reached());
        assertEquals(Ablation.Reach.NEVER, r.pairs().get(0).variantCrossing().reach());
        // the variant needs more than its last row's compute (4e15), the baseline 1e15 * 2^2.5: the rows bound the multiplier
        // from above, C_b / C_v < 1e15 * 2^2.5 / 4e15 = 2^0.5
        assertEquals(Math.sqrt(2), r.bound().orElseThrow().value(), 1e-9);
        assertTrue(!r.bound().get().atLeast());
        assertTrue(r.flags().contains("not-observed"), r.flags().toString());
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

    /**
     * Runs with no seed in common cannot be paired: every run against every other gives one observation, flagged
     * unpaired, with no t interval.
     */
    @Test
    void runsWithNoSeedInCommonAreOneUnpairedObservation() {
        List<Curve> base = List.of(run("b_1.csv", 1, 1, 8, 7), run("b_2.csv", 2, 1, 8, 7));
        List<Curve> variant = List.of(run("v_5.csv", 5, 2, 8, 7), run("v_6.csv", 6, 2, 8, 7));
        Ablation.Result r = Ablation.measure("v", base, variant, 7.5, Ablation.Method.INTERPOLATE);
        assertEquals(Ablation.Pairing.UNPAIRED, r.pairing());
        assertEquals(1, r.n());
        assertEquals(2, r.multiplier().getAsDouble(), 1e-12);
        assertTrue(Double.isNaN(r.low()));
        assertTrue(r.ciReason().orElseThrow().startsWith("no baseline and variant run share a seed"), r.ciReason().toString());
        assertTrue(r.flags().contains("unpaired"), r.flags().toString());
    }

    /**
     * One unseeded variant run beside four seeded baseline runs is one observation, not four: the multiplier (each
     * pair 2x, by construction) with n = 1 and no t interval, with the reason.
     */
    @Test
    void oneRunAgainstFourSeedsIsOneObservation() {
        List<Curve> base = new ArrayList<>();
        for (int k = 1; k <= 4; k++) base.add(run("b_" + k + ".csv", k, 1, 8, 7, 6, 5));
        Curve variant = run("v.csv", -1, 2, 8, 7, 6, 5);
        Ablation.Result r = Ablation.measure("v", base, List.of(variant), 6.5, Ablation.Method.INTERPOLATE);
        assertEquals(Ablation.Pairing.ONE_AGAINST_MANY, r.pairing());
        assertEquals(1, r.n());
        assertEquals(2, r.multiplier().getAsDouble(), 1e-12);
        assertTrue(Double.isNaN(r.low()) && Double.isNaN(r.high()));
        assertEquals("one variant run against 4 baseline runs is one observation, not 4: no t interval; run both with the same seeds", r.ciReason().orElseThrow());
        assertTrue(r.flags().contains("one-against-many"), r.flags().toString());
    }

    /**
     * Seeds 1-3 on the baseline, 1, 2 and 7 and an unseeded run on the variant: seeds 1 and 2 pair (n = 2); the others
     * are listed with their reasons.
     */
    @Test
    void runsWithoutAPartnerAreListedNotSilentlyDropped() {
        List<Curve> base = List.of(run("b_1.csv", 1, 1, 8, 7, 6), run("b_2.csv", 2, 1, 8, 7, 6), run("b_3.csv", 3, 1, 8, 7, 6));
        List<Curve> variant = List.of(run("v_1.csv", 1, 2, 8, 7, 6), run("v_2.csv", 2, 3, 8, 7, 6), run("v_7.csv", 7, 2, 8, 7, 6),
                run("v.csv", -1, 2, 8, 7, 6));
        Ablation.Result r = Ablation.measure("v", base, variant, 6.5, Ablation.Method.INTERPOLATE);
        assertEquals(Ablation.Pairing.SEEDS, r.pairing());
        assertEquals(2, r.n());
        assertEquals(Math.sqrt(6), r.multiplier().getAsDouble(), 1e-12);
        assertEquals(List.of("b_3.csv"), r.skipped().get("no variant run of the same seed"));
        assertEquals(List.of("v_7.csv"), r.skipped().get("no baseline run of the same seed"));
        assertEquals(List.of("v.csv"), r.skipped().get("no seed in its name, among runs paired by seed"));
        assertTrue(r.flags().contains("unpaired"), r.flags().toString());
    }

    /**
     * A variant whose first logged loss is already below the target: its crossing was never observed, so the pair
     * gives a bound, never a value. The baseline crosses 5.5 halfway (in log) between 4e15 and 8e15, at 4e15 * sqrt(2);
     * the variant reaches it at or before its first row, 1e15: the multiplier is at least 4 sqrt(2).
     */
    @Test
    void aVariantBelowTheTargetFromItsFirstRowGivesABoundNotAValue() {
        Curve base = run("base.csv", -1, 1, 8, 7, 6, 5.0, 4.8);
        Curve variant = run("v.csv", -1, 1, 5.2, 5.0, 4.9);
        Ablation.Result r = Ablation.measure("v", List.of(base), List.of(variant), 5.5, Ablation.Method.INTERPOLATE);
        assertTrue(r.multiplier().isEmpty());
        assertEquals(Ablation.Reach.BEFORE_FIRST, r.pairs().get(0).variantCrossing().reach());
        Ablation.Bound b = r.bound().orElseThrow();
        assertTrue(b.atLeast());
        assertEquals(4 * Math.sqrt(2), b.value(), 1e-9);
        assertEquals("≥ 5.66×", b.text());
        // a target above both runs' first rows: neither crossing observed, nothing bounded (not the ratio of FLOPs per step)
        Ablation.Result both = Ablation.measure("v", List.of(base), List.of(variant), 9, Ablation.Method.INTERPOLATE);
        assertTrue(both.multiplier().isEmpty() && both.bound().isEmpty());
        assertEquals("no pair's crossing of the target was observed", both.ciReason().orElseThrow());
    }

    /**
     * The paper's rule, as its authors used it: the logged row closest to the target, even when the target is never
     * reached (the variant's last row, 6.5 at 4e15, against the baseline's 5.5 at 8e15 for target 5.5: 2x), flagged.
     */
    @Test
    void thePapersRuleTakesTheClosestRowEvenWhenNotReachedAndSaysSo() {
        Curve base = run("base.csv", -1, 1, 8, 7, 6, 5.5, 5.0);
        Curve shortVariant = run("v.csv", -1, 1, 8, 7, 6.5);
        Ablation.Result r = Ablation.measure("v", List.of(base), List.of(shortVariant), 5.5, Ablation.Method.NEAREST);
        assertEquals(2, r.multiplier().getAsDouble(), 1e-12);
        assertTrue(r.flags().containsAll(List.of("paper-rule", "not-observed")), r.flags().toString());
    }

    /** Paired runs logged to different last steps, or at different FLOPs per step, are flagged as not like-for-like. */
    @Test
    void runsOfUnequalLengthOrFlopsPerStepAreFlagged() {
        double[] c = {1e15, 2e15, 4e15};
        Curve base = new Curve("b_1.csv", "x", 64, 1, c, new double[] {8, 7, 6}, new double[] {100, 200, 300});
        Curve longer = new Curve("v_1.csv", "x", 64, 1, new double[] {1e15, 2e15, 4e15, 8e15}, new double[] {8, 7, 6, 5}, new double[] {100, 200, 300, 400});
        assertTrue(Ablation.measure("v", List.of(base), List.of(longer), 6.5, Ablation.Method.INTERPOLATE).flags().contains("unequal-length"));
        Curve cheaper = new Curve("v_1.csv", "x", 64, 1, new double[] {0.9e15, 1.8e15, 3.6e15}, new double[] {8, 7, 6}, new double[] {100, 200, 300});
        List<String> flags = Ablation.measure("v", List.of(base), List.of(cheaper), 6.5, Ablation.Method.INTERPOLATE).flags();
        assertTrue(flags.contains("unequal-flops-per-step") && !flags.contains("unequal-length"), flags.toString());
    }
}
