package org.scalingexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.scalingexplorer.io.dataset.BundledDatasets;

class AttributionTest {
    static final Dataset PAPER = BundledDatasets.paper();
    static final double SCALE_INVARIANT = 1.0304 * 1.0088 * 1.1505 * 1.0195 * 1.0531 * 2.0;

    @Test
    void beforeTheFirstInnovationTheTotalIsOne() {
        AttributionRow r = new Attribution(PAPER).frontier(2016.9);
        assertEquals(1.0, r.total().getAsDouble());
        assertTrue(r.multipliers().isEmpty());
        assertTrue(r.scaleDependentShare().isEmpty(), "no gain, no share");
    }

    /**
     * From 2022 on the Transformer's multiplier (net of rebalancing) times the rebalancing is the raw candidate-
     * anchored CEG of the 2017 Transformer over the LSTM: (81.7/36.3)^(1/-0.065) C^(0.091/0.065 - 1).
     * Python gives 21414.5765 at C(2025) = 1e16 * 4.1^12, and the rebalancing 9.83175872 (ternary search + bisection).
     */
    @Test
    void frontierTotalIn2025() {
        double c = 1e16 * Math.pow(4.1, 12);
        double closed = Math.pow(81.7 / 36.3, 1 / -0.065) * Math.pow(c, 0.091 / 0.065 - 1) * SCALE_INVARIANT;
        AttributionRow r = new Attribution(PAPER).frontier(2025);
        assertEquals(c, r.compute(), c * 1e-12);
        assertEquals(closed, r.total().getAsDouble(), closed * 1e-9);
        assertEquals(21414.5765, r.total().getAsDouble(), 1e-3);
        assertEquals(0.90542326, r.scaleDependentShare().getAsDouble(), 1e-7);
        assertEquals(9.83175872, r.multipliers().get("chinchilla-rebalancing"), 1e-6);
        assertEquals(848.19145, r.multipliers().get("transformer"), 1e-3);
    }

    @Test
    void sharesAddUpToOne() {
        AttributionRow r = new Attribution(PAPER).frontier(2023.5);
        double sum = r.multipliers().keySet().stream().mapToDouble(id -> r.share(id).getAsDouble()).sum();
        assertEquals(1.0, sum, 1e-12);
        assertEquals(8, r.multipliers().size());
    }

    @Test
    void innovationsBecomeActiveInTheirYear() {
        Attribution a = new Attribution(PAPER);
        assertEquals(List.of("transformer"), List.copyOf(a.frontier(2017).multipliers().keySet()));
        assertEquals(List.of("transformer", "learned-positions", "cosine-schedule", "pre-norm", "rmsnorm", "rotary", "moe"),
                List.copyOf(a.frontier(2021.99).multipliers().keySet()));
    }

    @Test
    void fixedComputeModeHoldsComputeWhileYearsSweep() {
        List<AttributionRow> rows = new Attribution(PAPER).table(Attribution.Mode.FIXED, 1e18, 2012, 2025, 1);
        assertEquals(14, rows.size());
        rows.forEach(r -> assertEquals(1e18, r.compute()));
        // at 1e18 the small model gains less than the frontier one in 2025
        assertTrue(rows.get(13).total().getAsDouble() < new Attribution(PAPER).frontier(2025).total().getAsDouble());
        // scale-invariant part is the same at any compute
        assertEquals(SCALE_INVARIANT, rows.get(13).scaleInvariantTotal(), 1e-12);
    }

    @Test
    void netOfDividesByTheOtherInnovationEvenBeforeItIsActive() {
        double c = 1e20;
        double raw = Ceg.between(PAPER.algorithm("lstm").law(), PAPER.algorithm("transformer-2017").law(), Anchor.CANDIDATE, c).value();
        double rebal = Ceg.between(PAPER.algorithm("kaplan-allocation").law(), PAPER.algorithm("chinchilla-allocation").law(), Anchor.REFERENCE, c).value();
        AttributionRow r = new Attribution(PAPER).at(2019, c);
        assertEquals(raw / rebal, r.multipliers().get("transformer"), 1e-9 * raw);
    }

    @Test
    void flippingAnAnchorChangesTheSplit() {
        Innovation.ScaleDependent t = (Innovation.ScaleDependent) PAPER.innovation("transformer");
        Dataset flipped = PAPER.withInnovations(PAPER.innovations().stream()
                .map(i -> i.id().equals("transformer") ? t.withAnchor(Anchor.REFERENCE) : i).toList());
        double before = new Attribution(PAPER).frontier(2025).total().getAsDouble();
        double after = new Attribution(flipped).frontier(2025).total().getAsDouble();
        assertTrue(after < before / 2, "the reference anchor gives a much smaller LSTM-to-Transformer gain at frontier compute");
    }

    @Test
    void switchingAnInnovationOffRemovesItFromTheStackButNotFromNetOf() {
        double c = 1e22;
        AttributionRow all = new Attribution(PAPER).at(2025, c);
        AttributionRow noRebalancing = new Attribution(PAPER, Set.of("chinchilla-rebalancing")).at(2025, c);
        assertEquals(all.multipliers().get("transformer"), noRebalancing.multipliers().get("transformer"), 0,
                "the Transformer stays net of the rebalancing");
        assertEquals(all.total().getAsDouble() / all.multipliers().get("chinchilla-rebalancing"), noRebalancing.total().getAsDouble(), 1e-9);
        AttributionRow noMoe = new Attribution(PAPER, Set.of("moe")).at(2025, c);
        assertEquals(all.total().getAsDouble() / 2.0, noMoe.total().getAsDouble(), 1e-9);
    }

    @Test
    void tableStepsIncludeBothEnds() {
        List<AttributionRow> rows = new Attribution(PAPER).table(Attribution.Mode.FRONTIER, 0, 2012, 2025, 0.5);
        assertEquals(27, rows.size());
        assertEquals(2025.0, rows.get(26).year());
    }

    /**
     * In fixed mode in 2025 at small computes the Transformer's multiplier net of Chinchilla rebalancing falls below 1
     * (Hoffmann et al.'s law extrapolated far below its range): the net multiplier is the closed-form candidate-anchored
     * CEG (81.7/36.3)^(1/-0.065) C^(0.091/0.065 - 1) divided by the rebalancing, which the test takes from the
     * The scale-dependent part is then the raw CEG, below 1, while the constant multipliers are above 1: the parts
     * pull apart and the share is undefined.
     */
    @ParameterizedTest
    @ValueSource(doubles = {1e12, 5e12, 2e13})
    void theShareIsUndefinedWhenThePartsPullInOppositeDirections(double c) {
        AttributionRow r = new Attribution(PAPER).at(2025, c);
        double rawTransformer = Math.pow(81.7 / 36.3, 1 / -0.065) * Math.pow(c, 0.091 / 0.065 - 1);
        // net of rebalancing times the rebalancing is the raw CEG: the scale-dependent part, below 1 here (0.24 at 1e12)
        assertEquals(rawTransformer, r.scaleDependentTotal(), rawTransformer * 1e-9);
        assertTrue(rawTransformer < 1, "raw " + rawTransformer);
        assertTrue(r.scaleInvariantTotal() > 1);
        assertTrue(r.scaleDependentShare().isEmpty());
        // at 1e12 even the total is below 1 (0.24 x 2.6 = 0.62): no gain at all; above, a gain the parts pull apart
        String expected = rawTransformer * SCALE_INVARIANT <= 1 ? "the total is " : "the parts pull in opposite directions";
        assertTrue(r.scaleDependentShareUndefined().orElseThrow().startsWith(expected), r.scaleDependentShareUndefined().orElseThrow());
    }

    @Test
    void beforeAnyInnovationTheShareSaysWhyItIsUndefined() {
        assertEquals("no innovation is active yet", new Attribution(PAPER).frontier(2014).scaleDependentShareUndefined().orElseThrow());
    }

    /** Over a grid of years and computes in both modes, no share is ever printed outside 0-100%. */
    @Test
    void noShareIsEverOutsideZeroToOne() {
        Attribution a = new Attribution(PAPER);
        for (double year = 2012; year <= 2025; year += 0.25) {
            for (double lc = 10; lc <= 30; lc += 0.5) {
                for (AttributionRow r : List.of(a.at(year, Math.pow(10, lc)), a.frontier(year))) {
                    r.scaleDependentShare().ifPresent(s -> assertTrue(s >= 0 && s <= 1, "share " + s));
                    for (String id : r.multipliers().keySet()) r.share(id).ifPresent(s -> assertTrue(s >= 0 && s <= 1, id + " share " + s));
                    assertEquals(r.scaleDependentShare().isEmpty(), r.scaleDependentShareUndefined().isPresent());
                }
            }
        }
    }

    /** The fixed-compute rows of many years, each innovation evaluated once, are the rows of each year evaluated alone. */
    @Test
    void rowsOfManyYearsAtOneComputeAreTheRowsOfEachYear() {
        Attribution a = new Attribution(PAPER);
        double[] years = {2012, 2016.5, 2017, 2018.25, 2021, 2022, 2025};
        for (double c : new double[] {1e16, 1e22, 1e26}) {
            List<AttributionRow> rows = a.at(years, c);
            for (int k = 0; k < years.length; k++) assertEquals(a.at(years[k], c), rows.get(k), years[k] + " at " + c);
        }
    }
}
