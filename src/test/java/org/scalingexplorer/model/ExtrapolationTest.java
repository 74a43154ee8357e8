package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.io.BundledDatasets;

/** Decades beyond the measured range, against hand computation from the paper's numbers. */
class ExtrapolationTest {
    static final Dataset PAPER = BundledDatasets.paper();
    /** C(2025) = 1e16 * 4.1^12. */
    static final double C2025 = 1e16 * Math.pow(4.1, 12);

    /**
     * The 2025 frontier row: the 2017 Transformer is evaluated at C (log10(C / 1.5e17) = 6.18 decades beyond its runs);
     * the LSTM at the compute it needs for the same loss, CEG x C with the closed-form candidate-anchored CEG
     * (81.7/36.3)^(1/-0.065) C^(0.091/0.065 - 1); Kaplan allocation at C (its range ends at 1.3e22); Chinchilla
     * allocation at C / 9.83175872 (the rebalancing, reference anchor).
     */
    @Test
    void theFrontierRowOf2025NamesEachLawAndItsDecades() {
        AttributionRow r = new Attribution(PAPER).frontier(2025);
        Map<String, Double> d = Extrapolation.ofRow(PAPER, r);
        double raw = Math.pow(81.7 / 36.3, 1 / -0.065) * Math.pow(C2025, 0.091 / 0.065 - 1);
        assertEquals(Math.log10(C2025 / 1.5e17), d.get("transformer-2017"), 1e-9);
        assertEquals(Math.log10(raw * C2025 / 1.5e17), d.get("lstm"), 1e-6);
        assertEquals(Math.log10(C2025 / 1.3e22), d.get("kaplan-allocation"), 1e-9);
        assertEquals(Math.log10(C2025 / 9.83175872 / 1.3e22), d.get("chinchilla-allocation"), 1e-6);
        assertEquals(4, d.size());
        assertTrue(Extrapolation.describe(PAPER, d).contains("Transformer (2017) 6.2"), Extrapolation.describe(PAPER, d));
    }

    @Test
    void insideTheMeasuredRangeNothingIsExtrapolated() {
        assertEquals(0, Extrapolation.decades(PAPER.algorithm("lstm").law(), 1e15));
        assertEquals(1, Extrapolation.decades(PAPER.algorithm("lstm").law(), 4e11), 1e-12);
        assertTrue(Extrapolation.ofRow(PAPER, new Attribution(PAPER).frontier(2014)).isEmpty(), "no innovation active, no law used");
    }

    @Test
    void framesRowsNameTheLawsTheyRestOn() {
        ReferenceFrames f = new ReferenceFrames(PAPER);
        Map<String, Double> d = f.extrapolation("lstm", 2025);
        assertEquals(Math.log10(C2025 / 1.5e17), d.get("transformer-2017"), 1e-9);
        assertTrue(f.extrapolation("transformer-modern", 2025).isEmpty(), "the modern Transformer embodies everything: no law is used");
    }
}
