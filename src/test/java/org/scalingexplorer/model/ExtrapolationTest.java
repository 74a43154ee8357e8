package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;

/**
 * Decades beyond the fitted range, against hand computation from the paper's numbers: the C4 laws were fitted from
 * 1e16 to 4.14e16 (LSTM) and 1.38e17 (2017 Transformer) FLOP, the MassiveText laws to runs from 1.4e18 to 1.3e22.
 */
class ExtrapolationTest {
    static final Dataset PAPER = BundledDatasets.paper();
    /** C(2025) = 1e16 * 4.1^12. */
    static final double C2025 = 1e16 * Math.pow(4.1, 12);

    /**
     * The 2025 frontier row: the 2017 Transformer is evaluated at C (log10(C / 1.38e17) = 6.21 decades beyond its fit);
     * the LSTM at the compute it needs for the same loss, CEG x C with the closed-form candidate-anchored CEG
     * (81.7/36.3)^(1/-0.065) C^(0.091/0.065 - 1); Kaplan allocation at C (its range ends at 1.3e22); Chinchilla
     * allocation at C / 9.83175872 (the rebalancing, reference anchor).
     */
    @Test
    void theFrontierRowOf2025NamesEachLawAndItsDecades() {
        AttributionRow r = new Attribution(PAPER).frontier(2025);
        Map<String, Double> d = Extrapolation.ofRow(PAPER, r);
        double raw = Math.pow(81.7 / 36.3, 1 / -0.065) * Math.pow(C2025, 0.091 / 0.065 - 1);
        assertEquals(Math.log10(C2025 / 1.38e17), d.get("transformer-2017"), 1e-9);
        assertEquals(Math.log10(raw * C2025 / 4.14e16), d.get("lstm"), 1e-6);
        assertEquals(Math.log10(C2025 / 1.3e22), d.get("kaplan-allocation"), 1e-9);
        assertEquals(Math.log10(C2025 / 9.83175872 / 1.3e22), d.get("chinchilla-allocation"), 1e-6);
        assertEquals(4, d.size());
        assertTrue(Extrapolation.describe(PAPER, d).contains("Transformer (2017) 6.2"), Extrapolation.describe(PAPER, d));
        assertTrue(Extrapolation.describe(PAPER, d).endsWith("decades beyond the fitted range"), Extrapolation.describe(PAPER, d));
    }

    /** 1e12 FLOP is 4 decades below the LSTM's fitted range (1e16), though only 0.6 below its runs (4e12). */
    @Test
    void distancesAreMeasuredFromTheFittedRangeNotTheRuns() {
        assertEquals(4, Extrapolation.decades(PAPER.algorithm("lstm").law(), 1e12), 1e-12);
        Map<String, Double> d = Extrapolation.ofCeg(PAPER.algorithm("lstm"), PAPER.algorithm("lstm"), Anchor.REFERENCE, 1e12);
        assertEquals(4, d.get("lstm"), 1e-12);
    }

    /** A law with no known range is "range unknown", never 0 decades, and is not shaded as extrapolated. */
    @Test
    void aLawWithNoRangeSaysSo() {
        Algorithm whatIf = new Algorithm("what-if-1", "What-if", "", "", new PowerLaw(1.9, 50, -0.1), List.of(), Set.of(), true, "c4-gpt2");
        Dataset d = PAPER.withAlgorithms(Stream.concat(PAPER.algorithms().stream(), Stream.of(whatIf)).toList());
        assertTrue(Double.isNaN(Extrapolation.decades(whatIf.law(), 1e20)));
        Map<String, Double> m = Extrapolation.ofCeg(d.algorithm("lstm"), whatIf, Anchor.REFERENCE, 1e12);
        assertTrue(Double.isNaN(m.get("what-if-1")), m.toString());
        assertEquals("LSTM 4.0 decades beyond the fitted range; range unknown: What-if", Extrapolation.describe(d, m));
        assertTrue(Extrapolation.beyond(m));
        assertEquals(List.of("what-if-1"), Extrapolation.unknown(m));
        Map<String, Double> unknownOnly = Extrapolation.ofCeg(whatIf, whatIf, Anchor.REFERENCE, 1e20);
        assertTrue(!Extrapolation.beyond(unknownOnly) && Extrapolation.max(unknownOnly) == 0, unknownOnly.toString());
    }

    @Test
    void insideTheMeasuredRangeNothingIsExtrapolated() {
        assertEquals(0, Extrapolation.decades(PAPER.algorithm("lstm").law(), 2e16));
        assertEquals(1, Extrapolation.decades(PAPER.algorithm("lstm").law(), 4.14e17), 1e-12);
        assertTrue(Extrapolation.ofRow(PAPER, new Attribution(PAPER).frontier(2014)).isEmpty(), "no innovation active, no law used");
    }

    @Test
    void framesRowsNameTheLawsTheyRestOn() {
        ReferenceFrames f = new ReferenceFrames(PAPER);
        Map<String, Double> d = f.extrapolation("lstm", 2025);
        assertEquals(Math.log10(C2025 / 1.38e17), d.get("transformer-2017"), 1e-9);
        assertTrue(f.extrapolation("transformer-modern", 2025).isEmpty(), "the modern Transformer embodies everything: no law is used");
    }
}
