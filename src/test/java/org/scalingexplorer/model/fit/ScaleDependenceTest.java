package org.scalingexplorer.model.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.Numbers;

/**
 * Scale dependence from two frontiers: the CEG's growth per decade over the compute they share, its interval, and a
 * verdict that says only what the interval supports, against closed forms for power laws with one E.
 */
class ScaleDependenceTest {
    static final double[] OFFSETS = {0.004, -0.003, 0.002, -0.001, 0.003, -0.002, 0.001, -0.004, 0.002, 0.0};

    /** Ten runs leading the frontier in turn over {@code decades} from 1e15 ({@link FrontierTest#zoned}), fitted with a bootstrap of 300. */
    static Frontier.Result zoned(double a, double alpha, double decades, double[] offsets, long seed) {
        List<Curve> runs = FrontierTest.zoned(1.9, a, alpha, 15, decades, offsets);
        return Frontier.fit(runs, new Frontier.Options(1.9, new ComputeRange(1e15, 1e15 * Math.pow(10, decades) * 1.0001), Frontier.Method.ENVELOPE),
                300, seed, 0.95);
    }

    /** Runs touching {@code 1.9 + a C^alpha} over {@code decades} from 1e15 (ten runs), fitted with a bootstrap of 300. */
    static Frontier.Result study(double a, double alpha, double decades, double[] offsets, long seed) {
        List<Curve> runs = FrontierTest.touching(1.9, a, alpha, 1e15, decades / (offsets.length - 1), 0.003, offsets);
        return Frontier.fit(runs, new Frontier.Options(1.9, new ComputeRange(1e15, 1e15 * Math.pow(10, decades)), Frontier.Method.ENVELOPE), 300, seed, 0.95);
    }

    /**
     * Same exponent over three decades, A 80 against 60: 60 C'^-0.09 = 80 C^-0.09 gives C / C' = (80/60)^(1/0.09) =
     * 24.5 at every compute, a growth of 1 per decade; the whole interval lies within the default margin (1/1.1 to
     * 1.1): scale-invariant, shown rather than assumed.
     */
    @Test
    void equalExponentsOverThreeDecadesAreScaleInvariant() {
        ScaleDependence d = ScaleDependence.of(study(80, -0.09, 3, OFFSETS, 1), study(60, -0.09, 3, OFFSETS, 2), 0.95);
        assertEquals(ScaleDependence.Verdict.SCALE_INVARIANT, d.verdict(), d.describe());
        double m = Math.pow(80.0 / 60, 1 / 0.09);
        assertEquals(m, d.cegLow().getAsDouble(), m * 0.05);
        assertEquals(m, d.cegHigh().getAsDouble(), m * 0.05);
        assertEquals(1, d.perDecade().getAsDouble(), 0.02);
        Bootstrap.Interval i = d.perDecadeInterval().orElseThrow();
        assertTrue(i.low() >= 1 / 1.1 && i.high() <= 1.1 && i.low() < 1 && i.high() > 1, i.toString());
        assertEquals(3, d.decades(), 0.05);
        assertEquals(1.1, d.margin());
        assertTrue(d.reason().contains("lies wholly within the equivalence margin"), d.reason());
        assertTrue(d.describe().startsWith("scale-invariant: CEG "), d.describe());
    }

    /**
     * The same exponents over 0.6 decades with the same spread of runs: the interval is wider than the margin, so the
     * runs cannot tell, and the verdict says so, with what limits it and what would decide it. Absence of evidence is
     * not evidence of absence.
     */
    @Test
    void equalExponentsOverAShortRangeAreInconclusiveNotInvariant() {
        double[] noisy = {0.02, -0.015, 0.01, -0.02, 0.015, -0.01, 0.005, -0.005, 0.012, 0.0};
        ScaleDependence d = ScaleDependence.of(zoned(80, -0.09, 0.6, noisy, 1), zoned(60, -0.09, 0.6, noisy, 2), 0.95);
        assertEquals(ScaleDependence.Verdict.INCONCLUSIVE, d.verdict(), d.describe());
        assertTrue(d.reason().contains("contains 1 but reaches beyond the margin"), d.reason());
        assertTrue(d.reason().contains("the 0.60 decades the frontiers share"), d.reason());
        assertTrue(d.reason().contains("would decide it"), d.reason());
    }

    /**
     * A steep frontier over three decades beside a shallow one over 0.6 (as the LSTM's): never called scale-invariant
     * (alpha -0.094 against -0.065 grows 10^(1 - 0.065/0.094) = 2.03-fold per decade).
     */
    @Test
    void aShallowShortFrontierBesideASteepOneIsNeverInvariant() {
        double[] noisy = {0.02, -0.015, 0.01, -0.02, 0.015, -0.01, 0.005, -0.005, 0.012, 0.0};
        ScaleDependence d = ScaleDependence.of(zoned(36.3, -0.065, 0.6, noisy, 1), zoned(88, -0.094, 3, OFFSETS, 2), 0.95);
        assertNotEquals(ScaleDependence.Verdict.SCALE_INVARIANT, d.verdict(), d.describe());
        assertEquals(0.6, d.decades(), 1e-6);
        assertEquals(Math.pow(10, 1 - 0.065 / 0.094), d.perDecade().getAsDouble(), 0.5);
        // the CEG at both ends of the range, never "about X"
        assertTrue(d.describe().contains(Numbers.times(d.cegLow().getAsDouble())), d.describe());
        assertTrue(d.describe().contains(Numbers.times(d.cegHigh().getAsDouble())), d.describe());
        assertTrue(!d.describe().contains("CEG about"), d.describe());
    }

    /**
     * alpha -0.09 against -0.11 (same A) over three decades: CEG = C / C' with A C'^-0.11 = A C^-0.09, so CEG =
     * C^(1 - 0.09/0.11), which grows 10^(1 - 9/11) = 1.52-fold per decade; the interval excludes 1.
     */
    @Test
    void aSteeperVariantIsScaleDependentWithItsGrowthPerDecade() {
        ScaleDependence d = ScaleDependence.of(study(80, -0.09, 3, OFFSETS, 1), study(80, -0.11, 3, OFFSETS, 2), 0.95);
        assertEquals(ScaleDependence.Verdict.SCALE_DEPENDENT, d.verdict(), d.describe());
        assertEquals(-0.02, d.alphaDifference(), 0.002);
        assertTrue(!d.alphaInterval().orElseThrow().contains(0), d.alphaInterval().toString());
        assertEquals(Math.pow(10, 1 - 0.09 / 0.11), d.perDecade().getAsDouble(), 0.03);
        assertTrue(d.perDecadeInterval().orElseThrow().low() > 1, d.perDecadeInterval().toString());
        assertTrue(d.reason().contains("excludes 1"), d.reason());
        assertTrue(d.range().orElseThrow().min() >= 1e15 && d.range().orElseThrow().min() < 1.2e15, d.range().toString());
    }

    /** Exact runs whose frontier is one run: no interval, so no verdict but "inconclusive", with the reason. */
    @Test
    void withoutAnIntervalTheVerdictIsInconclusive() {
        ComputeRange w = new ComputeRange(1e15, 1.2e18);
        Frontier.Options o = new Frontier.Options(1.9, w, Frontier.Method.ENVELOPE);
        Frontier.Result b = Frontier.fit(FrontierTest.family(1.9, 80, -0.09, new double[] {0.01, 0.01, 0.01, 0.0}), o, 100, 1, 0.95);
        Frontier.Result v = Frontier.fit(FrontierTest.family(1.9, 80, -0.11, new double[] {0.01, 0.01, 0.01, 0.0}), o, 100, 2, 0.95);
        ScaleDependence d = ScaleDependence.of(b, v, 0.95);
        assertEquals(ScaleDependence.Verdict.INCONCLUSIVE, d.verdict());
        assertTrue(d.perDecadeInterval().isEmpty());
        assertTrue(d.ciReason().orElseThrow().startsWith("the baseline's fit has no interval"), d.ciReason().toString());
        // the value is still the closed form's: exact laws
        assertEquals(Math.pow(10, 1 - 0.09 / 0.11), d.perDecade().getAsDouble(), 1e-6);
    }

    @Test
    void frontiersThatShareNoComputeAreInconclusiveAndABadMarginIsRefused() {
        Frontier.Result low = study(80, -0.09, 1, OFFSETS, 1);
        List<Curve> far = FrontierTest.touching(1.9, 80, -0.09, 1e19, 0.1, 0.003, OFFSETS);
        Frontier.Result high = Frontier.fit(far, new Frontier.Options(1.9, new ComputeRange(1e19, 1e21), Frontier.Method.ENVELOPE), 100, 2, 0.95);
        ScaleDependence d = ScaleDependence.of(low, high, 0.95);
        assertEquals(ScaleDependence.Verdict.INCONCLUSIVE, d.verdict());
        assertTrue(d.range().isEmpty());
        assertTrue(d.reason().contains("share no compute range"), d.reason());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScaleDependence.of(low, low, 0.95, 1.0));
        assertTrue(e.getMessage().startsWith("--margin must be a factor per decade above 1"), e.getMessage());
    }
}
