package org.scalingexplorer.model.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.ScalingLaw;

class UncertaintyTest {
    private static Algorithm algorithm(String id, ScalingLaw law) {
        return new Algorithm(id, id, "", "", law, List.of(), Set.of(), false);
    }

    /**
     * Candidate laws A_r/k C^-0.5 for k = 1..101 against A_r C^-0.5 (no floor): the candidate reaches the
     * reference's loss at C / k^2, so the CEG of draw k is k^2 at every compute. Type-7 percentiles of k^2 at
     * 2.5% and 97.5%: positions 2.5 and 97.5 of 0..100, i.e. (9 + 16) / 2 and (98^2 + 99^2) / 2.
     */
    @Test
    void aCegIntervalIsThePercentileIntervalOverTheDraws() {
        PowerLaw refLaw = new PowerLaw(0, 100, -0.5);
        List<ScalingLaw> draws = new ArrayList<>();
        for (int k = 1; k <= 101; k++) draws.add(new PowerLaw(0, 100.0 / k, -0.5));
        Algorithm ref = algorithm("ref", refLaw);
        Algorithm cand = algorithm("cand", new PowerLaw(0, 100.0 / 4, -0.5));
        Uncertainty u = Uncertainty.of(Map.of("cand", draws), 0.95);
        for (double c : new double[] {1e15, 1e22}) {
            Bootstrap.Interval i = u.ceg(ref, cand, Anchor.REFERENCE, c).orElseThrow();
            assertEquals(16, i.value(), 1e-9, "the fitted law's own CEG is 4^2");
            assertEquals(12.5, i.low(), 1e-6);
            assertEquals(9702.5, i.high(), 1e-3);
        }
        // the same draws on the reference side give the reciprocal
        Bootstrap.Interval flipped = Uncertainty.of(Map.of("ref", draws), 0.95).ceg(ref, algorithm("x", refLaw), Anchor.REFERENCE, 1e20).orElseThrow();
        // 1/k^2 ascending: position 2.5 lies between 1/99^2 and 1/98^2, position 97.5 between 1/4^2 and 1/3^2
        assertEquals((1 / 9801.0 + 1 / 9604.0) / 2, flipped.low(), 1e-12);
        assertEquals((1 / 16.0 + 1 / 9.0) / 2, flipped.high(), 1e-12);
        assertTrue(Uncertainty.of(Map.of("cand", draws), 0.95).ceg(ref, algorithm("other", refLaw), Anchor.REFERENCE, 1e20).isEmpty(),
                "no interval when neither side was fitted");
    }

    @Test
    void theLossBandIsThePercentileOfTheDrawsAtEachCompute() {
        List<ScalingLaw> draws = new ArrayList<>();
        for (int k = 0; k <= 100; k++) draws.add(new PowerLaw(1 + k / 100.0, 10, -0.1));
        Uncertainty u = Uncertainty.of(Map.of("a", draws), 0.90);
        double[] grid = {1e10, 1e20};
        double[][] band = u.lossBand("a", grid).orElseThrow();
        for (int g = 0; g < grid.length; g++) {
            double reducible = 10 * Math.pow(grid[g], -0.1);
            // E runs over 1.00..2.00 in steps of 0.01: the 5% and 95% points are 1.05 and 1.95
            assertEquals(1.05 + reducible, band[0][g], 1e-9);
            assertEquals(1.95 + reducible, band[1][g], 1e-9);
        }
        assertTrue(u.lossBand("b", grid).isEmpty());
    }

    /** Half the draws keep the Transformer's law, half use another: the interval's ends are the two totals computed directly. */
    @Test
    void anAttributionTotalIntervalSpansTheTotalsOfTheDrawnLaws() {
        Dataset d = BundledDatasets.paper();
        Algorithm transformer = d.algorithm("transformer-2017");
        PowerLaw own = (PowerLaw) transformer.law();
        PowerLaw better = new PowerLaw(own.e(), own.a() * 0.8, own.alpha(), own.fittedRange());
        List<ScalingLaw> draws = new ArrayList<>();
        for (int i = 0; i < 100; i++) draws.add(i % 2 == 0 ? own : better);
        Uncertainty u = Uncertainty.of(Map.of("transformer-2017", draws), 0.95);
        double year = 2025;
        double c = d.requireTrend().compute(year);
        Bootstrap.Interval i = u.attributionTotal(d, Set.of(), year, c).orElseThrow();
        double ownTotal = new Attribution(d).at(year, c).total().getAsDouble();
        double betterTotal = new Attribution(d.mapAlgorithm("transformer-2017", a -> a.withLaw(better))).at(year, c).total().getAsDouble();
        assertTrue(betterTotal > ownTotal * 1.01, "a cheaper Transformer raises the total");
        assertEquals(ownTotal, i.value(), ownTotal * 1e-12);
        assertEquals(ownTotal, i.low(), ownTotal * 1e-12);
        assertEquals(betterTotal, i.high(), betterTotal * 1e-12);
        assertTrue(Uncertainty.of(Map.of("not-in-the-attribution", draws), 0.95).attributionTotal(d, Set.of(), year, c).isEmpty());
        // the share's interval spans the shares of the two drawn laws, each computed here by the engine's attribution
        double ownShare = new Attribution(d).at(year, c).scaleDependentShare().getAsDouble();
        double betterShare = new Attribution(d.mapAlgorithm("transformer-2017", a -> a.withLaw(better))).at(year, c).scaleDependentShare().getAsDouble();
        Bootstrap.Interval s = u.attributionShare(d, Set.of(), year, c).orElseThrow();
        assertEquals(ownShare, s.value(), 1e-12);
        assertEquals(Math.min(ownShare, betterShare), s.low(), 1e-12);
        assertEquals(Math.max(ownShare, betterShare), s.high(), 1e-12);
        assertTrue(s.low() >= 0 && s.high() <= 1);
    }

    /**
     * Over many synthetic datasets the 90% band of a bootstrapped saturating fit covers the true law in the middle
     * of the measured range at roughly its nominal rate (a percentile bootstrap with 100 resamples runs a little
     * narrow, so at least 75% of 40 is asked for; a band that ignored the resamples would cover far less).
     */
    @Test
    void aBootstrappedBandCoversTheTrueLawAtAboutItsNominalRate() {
        double truth = 2 + 40 * Math.pow(1e18, -0.1);
        int covered = 0;
        int datasets = 40;
        for (long seed = 1; seed <= datasets; seed++) {
            List<Run> runs = FitterTest.synthetic(c -> 2 + 40 * Math.pow(c, -0.1), 1e15, 1e21, 60, 0.01, seed);
            Bootstrap.Result r = Bootstrap.run(LawKind.SATURATING, runs, FitOptions.defaults(), 100, seed, 0.90, n -> { }, new AtomicBoolean());
            List<ScalingLaw> laws = Uncertainty.laws(r, Optional.of(new ComputeRange(1e15, 1e21)));
            assertEquals(100, laws.size());
            Uncertainty u = Uncertainty.of(Map.of("fit", laws), 0.90);
            assertFalse(u.isEmpty());
            double[][] band = u.lossBand("fit", new double[] {1e18}).orElseThrow();
            assertTrue(band[0][0] < band[1][0]);
            if (band[0][0] <= truth && truth <= band[1][0]) covered++;
        }
        assertTrue(covered >= 30, covered + " of " + datasets + " bands cover the true loss");
    }

    @Test
    void lawsFromParametersMatchEachKind() {
        assertEquals(new PowerLaw(0, 5, -0.2), LawKind.POWER.law(Map.of("A", 5.0, "alpha", -0.2), Optional.empty()));
        assertEquals(new PowerLaw(1.5, 5, -0.2), LawKind.SATURATING.law(Map.of("E", 1.5, "A", 5.0, "alpha", -0.2), Optional.empty()));
        ScalingLaw p = LawKind.CHINCHILLA.law(Map.of("E", 1.69, "A", 406.4, "B", 410.7, "alpha", 0.34, "beta", 0.28), Optional.empty());
        // at N = 1e9, D = 2e10 (C = 1.2e20) the compute-optimal loss cannot be above the loss at that split
        double atSplit = 1.69 + 406.4 / Math.pow(1e9, 0.34) + 410.7 / Math.pow(2e10, 0.28);
        assertTrue(p.loss(1.2e20) <= atSplit + 1e-12);
        Assertions.assertThrows(IllegalArgumentException.class,
                () -> LawKind.POWER.law(Map.of("A", 5.0, "alpha", 0.2), Optional.empty()), "a rising law is refused");
    }
}
