package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.io.BundledDatasets;

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

    /** After 2022 ln CEG = const + (alpha_T/alpha_L - 1) ln C(Y), so d ln CEG / dY = 0.4 ln 4.1 = 0.564394789. */
    @Test
    void annualGrowthAgainstLstmAfterAllInnovations() {
        ReferenceFrames f = new ReferenceFrames(PAPER);
        for (double y : new double[] {2022.5, 2025, 2028}) {
            assertEquals(0.4 * Math.log(4.1), f.frontier("lstm", y).annualGrowth().getAsDouble(), 1e-6);
        }
    }

    @Test
    void againstAReferenceWithEveryScaleDependentInnovationProgressStops() {
        ReferenceFrames f = new ReferenceFrames(PAPER);
        // transformer-2017 embodies both scale-dependent innovations; what remains are the constant multipliers
        double constant = 1.0304 * 1.0088 * 1.1505 * 1.0195 * 1.0531 * 2.0;
        for (int y = 2021; y <= 2028; y++) {
            assertEquals(constant, f.frontier("transformer-2017", y).ceg().getAsDouble(), 1e-12);
            assertEquals(0.0, f.frontier("transformer-2017", y).annualGrowth().getAsDouble(), 1e-9);
        }
        // the same models keep gaining against the Kaplan-allocated Transformer (it lacks the rebalancing)
        assertEquals(true, f.frontier("kaplan-allocation", 2028).annualGrowth().getAsDouble() > 0.1);
    }
}
