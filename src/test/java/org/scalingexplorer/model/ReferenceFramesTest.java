package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;

class ReferenceFramesTest {
    static final Dataset PAPER = BundledDatasets.paper();

    @Test
    void againstLstmTheFrontierCegIsTheAttributionTotal() {
        ReferenceFrames f = new ReferenceFrames(PAPER);
        Attribution a = new Attribution(PAPER);
        for (int y = 2017; y <= 2028; y++) {
            assertEquals(a.frontier(y).total().getAsDouble(), f.frontier("lstm", y).ceg().getAsDouble(), 1e-9 * a.frontier(y).total().getAsDouble());
        }
    }

    /**
     * After 2022 ln CEG = const + (alpha_T/alpha_L - 1) ln C(Y), so d ln CEG / dY = 0.4 ln 4.1 = 0.564394789: the CEG
     * grows by a factor exp(0.564) = 4.1^0.4 = 1.7584 a year (a factor per year, as the attribution's annual growth).
     */
    @Test
    void annualGrowthAgainstLstmAfterAllInnovations() {
        ReferenceFrames f = new ReferenceFrames(PAPER);
        for (double y : new double[] {2022.5, 2025, 2028}) {
            assertEquals(Math.pow(4.1, 0.4), f.frontier("lstm", y).annualGrowth().getAsDouble(), 1e-6);
        }
    }

    @Test
    void againstAReferenceWithEveryScaleDependentInnovationProgressStops() {
        ReferenceFrames f = new ReferenceFrames(PAPER);
        // transformer-2017 embodies both scale-dependent innovations; what remains are the constant multipliers
        double constant = 1.0304 * 1.0088 * 1.1505 * 1.0195 * 1.0531 * 2.0;
        for (int y = 2022; y <= 2028; y++) {
            assertEquals(constant, f.frontier("transformer-2017", y).ceg().getAsDouble(), 1e-12);
            assertEquals(1.0, f.frontier("transformer-2017", y).annualGrowth().getAsDouble(), 1e-9);
        }
        // in 2021 the frontier still trains with Kaplan's allocation, which the 2017 Transformer's runs did not:
        // it is behind by the rebalancing gain at C(2021), computed here straight from the two allocations' laws
        double c2021 = 1e16 * Math.pow(4.1, 8);
        double rebalancing = Ceg.between(PAPER.algorithm("kaplan-allocation").law(), PAPER.algorithm("chinchilla-allocation").law(),
                Anchor.REFERENCE, c2021).value();
        assertEquals(constant / rebalancing, f.frontier("transformer-2017", 2021).ceg().getAsDouble(), 1e-9);
        // in 2012 the frontier model is the LSTM: against the 2017 Transformer its CEG is 1 / CEG(T2017 vs LSTM)
        double c2012 = 1e16 / 4.1;
        double lstmToT = Ceg.between(PAPER.algorithm("lstm").law(), PAPER.algorithm("transformer-2017").law(), Anchor.CANDIDATE, c2012).value();
        assertEquals(1 / lstmToT, f.frontier("transformer-2017", 2012).ceg().getAsDouble(), 1e-9 / lstmToT);
        // the same models keep gaining against the Kaplan-allocated Transformer (it lacks the rebalancing)
        assertEquals(true, f.frontier("kaplan-allocation", 2028).annualGrowth().getAsDouble() > 1.1);
    }

    private static Dataset withWhatIf(String copyOf) {
        Algorithm source = PAPER.algorithm(copyOf);
        Algorithm whatIf = new Algorithm("what-if-1", "Copy of " + source.name(), "", "", source.law(), List.of(), Set.of(), true,
                source.lossScale());
        List<Algorithm> all = new ArrayList<>(PAPER.algorithms());
        all.add(whatIf);
        return PAPER.withAlgorithms(all);
    }

    @Test
    void aWhatIfWithTheLstmLawSeesWhatTheLstmSees() {
        ReferenceFrames f = new ReferenceFrames(withWhatIf("lstm"), Set.of(), Anchor.REFERENCE);
        for (double y : new double[] {2014, 2017.5, 2022, 2025}) {
            assertEquals(f.frontier("lstm", y).ceg().getAsDouble(), f.frontier("what-if-1", y).ceg().getAsDouble(), 1e-9 * f.frontier("lstm", y).ceg().getAsDouble());
        }
    }

    /**
     * A what-if with the 2017 Transformer's law, placed through the LSTM with the candidate anchor (the anchor the
     * transformer innovation uses): frontier / CEG(T2017 vs LSTM) = (CEG(T/L) / rebalancing * SI * rebalancing) /
     * CEG(T/L) = the scale-invariant product, the same constant the declared transformer-2017 sees.
     */
    @Test
    void aWhatIfWithTheTransformerLawSeesOnlyTheConstantMultipliers() {
        ReferenceFrames f = new ReferenceFrames(withWhatIf("transformer-2017"), Set.of(), Anchor.CANDIDATE);
        double constant = 1.0304 * 1.0088 * 1.1505 * 1.0195 * 1.0531 * 2.0;
        for (int y = 2022; y <= 2028; y++) {
            assertEquals(constant, f.frontier("what-if-1", y).ceg().getAsDouble(), 1e-9);
            assertEquals(1.0, f.frontier("what-if-1", y).annualGrowth().getAsDouble(), 1e-6);
        }
    }

    /** A what-if on Hoffmann et al.'s loss scale cannot be placed through the LSTM (C4): no frontier CEG against it. */
    @Test
    void aWhatIfOnAnotherLossScaleHasNoFrontierCeg() {
        ReferenceFrames f = new ReferenceFrames(withWhatIf("kaplan-allocation"), Set.of(), Anchor.REFERENCE);
        assertTrue(f.frontier("what-if-1", 2025).ceg().isEmpty());
    }
}
