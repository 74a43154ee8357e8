package org.scalingexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.figure.CegRow;
import org.scalingexplorer.figure.ExplorerFigure;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.ui.AppState;

/** View-model tests: JavaFX properties, no toolkit, no nodes. */
class ExplorerViewModelTest {
    final Dataset paper = BundledDatasets.paper();
    final AppState state = new AppState(paper);
    final ExplorerViewModel vm = new ExplorerViewModel(state, Runnable::run, Runnable::run);

    private CegRow row(String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private double engine(String ref, String cand, Anchor anchor) {
        return Ceg.between(paper.algorithm(ref).law(), paper.algorithm(cand).law(), anchor, state.compute()).value();
    }

    @Test
    void tableShowsTheEnginesNumbersAtTheCursor() {
        state.setCompute(22);
        assertEquals(5, vm.rows().size());
        // 259.487 by Python bisection; the row keeps the engine's value and shows it rounded
        assertEquals(259.487318, row("transformer-2017").ceg(), 1e-5);
        assertEquals("259×", row("transformer-2017").cegText());
        assertEquals("3.85×10¹⁹", row("transformer-2017").matchedCompute());
        // the farthest of the two laws beyond its fitted range: the LSTM at 1e22 against its 4.14e16, log10(1e22 / 4.14e16) = 5.38
        assertEquals("extrap. 5.4 dec", row("transformer-2017").flags());
        assertTrue(row("lstm").reference());
        assertEquals(1.0, row("lstm").ceg(), 1e-12);
    }

    /** View > Significant Figures re-writes what is on screen at once; the engine's value stays as it was. */
    @Test
    void theUsersSignificantFiguresReachTheTable() {
        state.setCompute(22);
        state.setDigits(5);
        // 259.487318 by Python bisection, to five and to two figures by hand
        assertEquals("259.49×", row("transformer-2017").cegText());
        assertEquals("1.0000×10²²", vm.computeTextProperty().get());
        state.setDigits(2);
        assertEquals("260×", row("transformer-2017").cegText());
        assertEquals(259.487318, row("transformer-2017").ceg(), 1e-5);
        state.setDigits(Numbers.DEFAULT_DIGITS);
        assertEquals("259×", row("transformer-2017").cegText());
    }

    @Test
    void accessibleSentences() {
        state.setCompute(22);
        // by hand: the LSTM at 1e22 (log10(1e22 / 4.14e16) = 5.38), the 2017 Transformer at 1e22 / 259.49 = 3.85e19
        // (log10(3.85e19 / 1.38e17) = 2.45), each beyond the compute its law was fitted over
        assertEquals("At 1.00×10²² FLOP, Transformer (2017) needs 259 times less compute than LSTM (extrapolated). "
                + "LSTM 5.4, Transformer (2017) 2.4 decades beyond the fitted range.", row("transformer-2017").accessibleText());
        assertTrue(vm.summaryProperty().get().startsWith("At 1.00×10²² FLOP, Transformer (2017) needs 259 times less compute than LSTM"));
        assertTrue(vm.readoutProperty().get().startsWith("At 1.00×10²² FLOP, compute-equivalent gains (CEG) against LSTM: Transformer (2017) 259×"),
                vm.readoutProperty().get());
        // issue 28: the loss chart's title wraps its parenthesis as one piece, never leaving "C)" on a line alone
        assertTrue(vm.lossPlotProperty().get().title().endsWith(" (LSTM\u00a0trains\u00a0with\u00a0C)"), vm.lossPlotProperty().get().title());
    }

    @Test
    void changingTheReferenceAndAnchorRecomputesEverything() {
        state.setCompute(21);
        vm.referenceIdProperty().set("transformer-2017");
        assertEquals(engine("transformer-2017", "transformer-modern", Anchor.REFERENCE), row("transformer-modern").ceg(), 1e-12);
        assertTrue(vm.lossPlotProperty().get().title().contains("Reference: Transformer (2017)"));
        vm.anchorProperty().set(Anchor.CANDIDATE);
        assertEquals(engine("transformer-2017", "transformer-modern", Anchor.CANDIDATE), row("transformer-modern").ceg(), 1e-12);
        assertTrue(vm.lossPlotProperty().get().title().contains("anchored at the candidate"));
        assertTrue(vm.cegPlotProperty().get().title().contains("CEG against Transformer (2017)"));
        // the reference's own curve is the line at 1, not a series
        assertFalse(vm.cegPlotProperty().get().series().stream().anyMatch(s -> s.id().equals("transformer-2017")));
    }

    @Test
    void keyboardStepsLandOnExactTenthsOfADecade() {
        state.setCompute(22);
        vm.nudge(0.1);
        assertEquals(22.1, state.view().log10Compute(), 0);
        vm.nudge(-1);
        assertEquals(21.1, state.view().log10Compute(), 0);
        vm.toEnd();
        assertEquals(vm.sliderMaxProperty().get(), state.view().log10Compute());
        vm.nudge(1);
        assertEquals(vm.sliderMaxProperty().get(), state.view().log10Compute(), "clamped at the end");
        vm.toStart();
        assertEquals(vm.sliderMinProperty().get(), state.view().log10Compute());
    }

    @Test
    void typedComputesInEveryAcceptedForm() {
        assertEquals(Optional.empty(), vm.enterCompute("3x10^24"));
        assertEquals(Math.log10(3e24), state.view().log10Compute(), 1e-12);
        assertEquals(Optional.empty(), vm.enterCompute("250 PF-days"));
        assertEquals(Math.log10(2.16e22), state.view().log10Compute(), 1e-12);
        assertEquals("3.00×10²⁴", vm.enterCompute("3e24").map(x -> "error").orElse(vm.computeTextProperty().get()));
    }

    @Test
    void badComputesAreRefusedAndTheCursorStays() {
        state.setCompute(22);
        Optional<String> e = vm.enterCompute("lots");
        assertTrue(e.isPresent() && e.get().contains("expected e.g. 3e24"), e.toString());
        assertEquals(22, state.view().log10Compute());
        Optional<String> out = vm.enterCompute("1e40");
        assertTrue(out.isPresent() && out.get().contains("outside the range"), out.toString());
        assertEquals(22, state.view().log10Compute());
    }

    @Test
    void overlayDrawsTheConstructionAtTheReferenceLoss() {
        state.setCompute(22);
        ChartData.Overlay o = vm.lossOverlayProperty().get();
        assertEquals(1e22, o.cursorX(), 1e22 * 1e-12);
        double l = paper.algorithm("lstm").law().loss(1e22);
        // the two Transformers: the allocation laws are on Hoffmann et al.'s scale, never matched against the LSTM
        assertEquals(2, o.segments().size());
        assertTrue(o.labels().stream().anyMatch(x -> x.text().equals("Transformer, Kaplan allocation: other loss scale, no CEG")));
        for (ChartData.Segment s : o.segments()) {
            assertEquals(1e22, s.x1(), 1e10);
            assertEquals(l, s.y1(), 1e-12);
            assertEquals(l, s.y2(), 1e-12);
        }
        assertTrue(o.labels().stream().anyMatch(x -> x.text().equals("Transformer (2017): 259× less compute")));
    }

    @Test
    void curvesAreSolidOverTheMeasuredRangeAndDashedOutside() {
        ChartData.Series lstm = vm.lossPlotProperty().get().series().get(0);
        assertEquals("lstm", lstm.id());
        assertEquals(3, lstm.lines().size());
        assertTrue(lstm.lines().get(0).dashed());
        assertFalse(lstm.lines().get(1).dashed());
        assertTrue(lstm.lines().get(2).dashed());
        double[] measured = lstm.lines().get(1).xs();
        // pieces overlap by one grid sample (a factor 10^(16/239) = 1.167) so that solid and dashed join
        assertTrue(measured[0] >= 4e12 && measured[measured.length - 1] <= 1.5e17 * 1.17);
    }

    @Test
    void unreachableTargetsSaySoInTheTableAndTheChart() {
        Algorithm high = new Algorithm("high", "High floor", "", "", new PowerLaw(3.0, 10, -0.1), List.of(), Set.of(), true);
        Algorithm low = new Algorithm("low", "Low floor", "", "", new PowerLaw(1.0, 10, -0.1), List.of(), Set.of(), false);
        state.edit(paper.withInnovations(List.of()).withAlgorithms(List.of(low, high)));
        assertEquals("low", vm.referenceIdProperty().get(), "a dataset without the old reference falls back to its first algorithm");
        state.setCompute(24);
        CegRow r = vm.rows().stream().filter(x -> x.id().equals("high")).findFirst().orElseThrow();
        assertEquals("unreachable", r.cegText());
        assertEquals("unreachable", r.matchedCompute());
        assertTrue(r.flags().contains("unreachable"));
        assertTrue(r.accessibleText().contains("can never reach"));
        assertTrue(vm.lossOverlayProperty().get().labels().stream().anyMatch(x -> x.text().equals("High floor: never reaches this loss")));
        assertEquals("what-if", vm.lossPlotProperty().get().series().get(1).badge());
    }

    @Test
    void crossoversAreMarkedWhereACandidateOvertakesTheReference() {
        List<ChartData.Marker> m = vm.cegPlotProperty().get().markers();
        assertTrue(m.stream().anyMatch(x -> x.label().startsWith("Transformer (2017) overtakes LSTM")), m.toString());
        // at that compute the CEG is 1 by definition
        ChartData.Marker t = m.stream().filter(x -> x.label().startsWith("Transformer (2017) overtakes LSTM")).findFirst().orElseThrow();
        assertEquals(1.0, Ceg.between(paper.algorithm("lstm").law(), paper.algorithm("transformer-2017").law(), Anchor.REFERENCE, t.x()).value(), 1e-9);
    }

    @Test
    void gainTextReadsBothWays() {
        assertEquals("259× less compute", ExplorerFigure.gainText(259.4));
        assertEquals("3.10× more compute", ExplorerFigure.gainText(1 / 3.1));
        assertEquals("same compute", ExplorerFigure.gainText(1.0));
    }
}
