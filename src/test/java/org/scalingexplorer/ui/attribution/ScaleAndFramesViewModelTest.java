package org.scalingexplorer.ui.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.figure.FramesFigure;
import org.scalingexplorer.figure.Palette;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.YearChartRenderer;
import org.scalingexplorer.render.YearData;
import org.scalingexplorer.ui.AppState;

class ScaleAndFramesViewModelTest {
    /** The paper's normalised scale-invariant multipliers, multiplied by hand: 2.56794... */
    static final double SCALE_INVARIANT = 1.0304 * 1.0088 * 1.1505 * 1.0195 * 1.0531 * 2.0;

    final Dataset paper = BundledDatasets.paper();
    final AppState state = new AppState(paper);

    /**
     * CEG of the 2017 Transformer (81.7, -0.091) over the LSTM (36.3, -0.065), anchored at the candidate, in closed
     * form: the Transformer trains with C; the LSTM matches its reducible loss with C' = (81.7 C^-0.091 / 36.3)^(1/-0.065).
     */
    static double transformerOverLstm(double c) {
        return Math.pow(81.7 * Math.pow(c, -0.091) / 36.3, 1 / -0.065) / c;
    }

    /**
     * In 2025 every innovation is active: the transformer band (CEG net of the rebalancing) times the rebalancing
     * band is the whole CEG(LSTM -> Transformer 2017), so the total is that CEG times the scale-invariant product.
     */
    @Test
    void lastYearGainAtAFixedComputeIsTheTransformerCegTimesTheConstantMultipliers() {
        state.setSideTab(1); // the By scale tab on screen: a hidden tab derives when shown
        ScaleViewModel vm = new ScaleViewModel(state);
        for (double c : new double[] {1e16, 1e20, 1e24}) {
            double expected = SCALE_INVARIANT * transformerOverLstm(c);
            assertEquals(expected, vm.totalAt(2025, c), 1e-9 * expected, "at " + c);
        }
        // the over-the-years line of the smallest compute ends at that value; the last-year chart passes through it
        YearData.Line small = vm.overYearsProperty().get().lines().get(0);
        assertEquals(SCALE_INVARIANT * transformerOverLstm(1e16), small.values()[small.values().length - 1], 1e-9 * 24);
        // the paper's C4 runs span 4e12-1.5e17 FLOP and Hoffmann et al.'s 1.4e18-1.3e22: the 2025 gain uses laws of both
        // (the rebalancing is net of in the Transformer's row), so at every compute one of them is extrapolated: all dashed
        List<ChartData.Line> pieces = vm.lastYearProperty().get().series().get(0).lines();
        assertTrue(pieces.stream().allMatch(ChartData.Line::dashed), "the 2025 gain rests on an extrapolated law at every compute");
        ChartData.Line total = pieces.get(0);
        int k = 40; // grid point 1e12 * 10^(16 * 40 / 160) = 1e16
        assertEquals(1e16, total.xs()[k], 1e3);
        assertEquals(SCALE_INVARIANT * transformerOverLstm(total.xs()[k]), total.ys()[k], 1e-9 * 24);
        // its growth per year, 2012 to 2025 (the total was 1 in 2012): the 13th root of the closed form, in the legend
        assertEquals(String.format(Locale.ROOT, "1.00×10¹⁶ FLOP: %.2f×/yr", Math.pow(SCALE_INVARIANT * transformerOverLstm(1e16), 1 / 13.0)),
                small.name());
        // small models gained little: 24.5x at 1e16 against 38,846x at 1e24
        assertTrue(vm.totalAt(2025, 1e24) > 1000 * vm.totalAt(2025, 1e16));
    }

    /**
     * Over the years each fixed-size line is faded where its total rests on a law beyond its runs. By hand: before 2017
     * no scale-dependent innovation is active and no law is evaluated. From 2017 the Transformer's multiplier is net
     * of the Chinchilla rebalancing, so both C4 laws (runs 4e12-1.5e17 FLOP) and Hoffmann et al.'s (1.4e18-1.3e22)
     * are evaluated at the same compute; no compute lies in both ranges, so every line is extrapolated from 2017 on.
     */
    @Test
    void fixedSizeLinesAreFadedWhereTheyRestOnExtrapolatedLaws() {
        state.setSideTab(1); // the By scale tab on screen: a hidden tab derives when shown
        ScaleViewModel vm = new ScaleViewModel(state);
        YearData.Plot p = vm.overYearsProperty().get();
        assertEquals("frontier", p.lines().get(5).id());
        for (YearData.Line line : p.lines()) {
            for (int k = 0; k < p.years().length; k++) {
                double y = p.years()[k];
                if (y < 2016.99) assertFalse(line.extrapolated()[k], line.name() + ": no law used in " + y);
                if (y >= 2017) assertTrue(line.extrapolated()[k], line.name() + ": beyond the runs in " + y);
            }
        }
        assertTrue(YearChartRenderer.legendEntries(p).stream()
                .anyMatch(e -> e.text().equals("Faded: extrapolated beyond the fitted range")));
    }

    @Test
    void computesAreEditedAsTextAndRefusedWithTheReason() {
        state.setSideTab(1); // the By scale tab on screen: a hidden tab derives when shown
        ScaleViewModel vm = new ScaleViewModel(state);
        assertEquals("1e16, 1e18, 1e20, 1e22, 1e24", vm.computesTextProperty().get());
        assertTrue(vm.setComputes("3e24 1e18,2.5e21").isEmpty());
        assertEquals(List.of(1e18, 2.5e21, 3e24), vm.computesProperty().get());
        assertEquals("1e18, 2.5e21, 3e24", vm.computesTextProperty().get());
        assertEquals(3, vm.overYearsProperty().get().lines().stream().filter(l -> l.id().startsWith("c")).count());
        String problem = vm.setComputes("1e16, lots").orElseThrow();
        assertTrue(problem.startsWith("compute 2 (\"lots\")"), problem);
        assertEquals(List.of(1e18, 2.5e21, 3e24), vm.computesProperty().get(), "a refused edit leaves the computes as they were");
        assertTrue(vm.setComputes(" ").isPresent());
        assertTrue(vm.setComputes("-1e20").isPresent());
        vm.resetComputes();
        assertEquals(ScaleViewModel.DEFAULT_COMPUTES, vm.computesProperty().get());
    }

    @Test
    void sequentialColoursRunFromTheFirstStopToTheLast() {
        assertEquals("#440154", Palette.sequential(0, 5));
        assertEquals("#2A788E", Palette.sequential(2, 5));
        assertEquals("#7AD151", Palette.sequential(4, 5));
        // halfway between #440154 and #414487: (0x44+0x41)/2 = 0x42.5 -> 0x43 (rounded half up), ...
        assertEquals("#43236E", Palette.sequential(1, 9));
    }

    @Test
    void framesTableShowsExponentialProgressAgainstOneReferenceAndNoneAgainstAnother() {
        state.setSideTab(2); // the Frames tab on screen: a hidden tab derives when shown
        FramesViewModel vm = new FramesViewModel(state);
        assertEquals("lstm", vm.referenceIdProperty().get(), "the baseline is the default reference");
        FramesFigure.FrameRow lstm = vm.rows().get(0);
        // total of the 2025 frontier against LSTM: 21414.58 (engine tests derive it); averaged over 13 years
        assertEquals("21,400×", lstm.cegLastYear());
        assertEquals(Math.pow(21414.58, 1.0 / 13), lstm.averageGrowthValue(), 1e-4);
        assertEquals(String.format("%.2f×/yr", Math.exp(0.4 * Math.log(4.1))), lstm.growthLastYear());
        FramesFigure.FrameRow t2017 = vm.rows().get(1);
        assertEquals("2.57×", t2017.cegLastYear());
        assertEquals("1.00×/yr", t2017.growthLastYear());
        vm.referenceIdProperty().set("transformer-2017");
        state.setYear(2024);
        assertTrue(vm.readoutProperty().get().contains("against Transformer (2017) is 2.57×"), vm.readoutProperty().get());
        YearData.Line bold = vm.plotProperty().get().lines().get(vm.plotProperty().get().lines().size() - 1);
        assertEquals("transformer-2017", bold.id(), "the chosen reference is drawn last, on top");
        assertFalse(bold.dashed());
    }

    @Test
    void matrixCellsAreTheEnginesCegsAndScaleDependentTriplesAreHighlighted() {
        state.setSideTab(2); // the Frames tab on screen: a hidden tab derives when shown
        FramesViewModel vm = new FramesViewModel(state);
        state.setMode(Attribution.Mode.FIXED);
        state.setCompute(22);
        FramesFigure.Matrix m = vm.matrixProperty().get();
        List<Algorithm> all = paper.algorithms();
        for (int r = 0; r < all.size(); r++) {
            for (int c = 0; c < all.size(); c++) {
                // losses on two scales (the dataset declares each algorithm's) have no CEG: the cell says so
                if (!all.get(r).lossScale().equals(all.get(c).lossScale())) {
                    assertEquals("—", m.cells()[r][c]);
                    assertTrue(m.notes()[r][c].startsWith("not comparable: "), m.notes()[r][c]);
                    continue;
                }
                double ceg = Ceg.between(all.get(r).law(), all.get(c).law(), Anchor.REFERENCE, 1e22).value();
                assertEquals(Numbers.format(ceg) + "×", m.cells()[r][c]);
            }
        }
        // LSTM -> T2017 -> T-modern at 1e22, reference anchor, from the closed form of each pair
        double ab = Ceg.between(all.get(0).law(), all.get(1).law(), Anchor.REFERENCE, 1e22).value();
        double bc = Ceg.between(all.get(1).law(), all.get(2).law(), Anchor.REFERENCE, 1e22).value();
        double ac = Ceg.between(all.get(0).law(), all.get(2).law(), Anchor.REFERENCE, 1e22).value();
        assertTrue(Math.abs(Math.log(ab * bc / ac)) > 0.01);
        assertTrue(m.highlighted(0, 2));
        assertTrue(m.notes()[0][2].startsWith("via "), m.notes()[0][2]);
        // the defect as a factor: max over the third algorithms of max(d, 1/d); with three C4 algorithms only one via
        double off = Math.exp(Math.abs(Math.log(ab * bc / ac)));
        assertTrue(m.notes()[0][2].endsWith("off ×" + Numbers.format(off)), m.notes()[0][2]);
        assertEquals(off <= 1.5 ? 1 : off <= 10 ? 2 : 3, m.grade(0, 2));
        assertEquals(0, m.grade(0, 0));
        assertTrue(m.summary().contains("Chained through matched computes instead, CEGs compose exactly"), m.summary());
        assertFalse(m.highlighted(0, 0));
    }

    /** Laws with one exponent have constant CEGs (ratios of A^(1/alpha)), which compose exactly. */
    @Test
    void scaleInvariantLawsComposeAndNothingIsHighlighted() {
        Dataset flat = paper.withInnovations(List.of()).withAlgorithms(List.of(
                new Algorithm("a", "A", "", "", new PowerLaw(1.9, 40, -0.08), List.of(), Set.of(), false),
                new Algorithm("b", "B", "", "", new PowerLaw(1.9, 30, -0.08), List.of(), Set.of(), false),
                new Algorithm("c", "C", "", "", new PowerLaw(1.9, 20, -0.08), List.of(), Set.of(), false)));
        AppState s = new AppState(flat);
        s.setSideTab(2); // the Frames tab on screen: a hidden tab derives when shown
        FramesViewModel vm = new FramesViewModel(s);
        FramesFigure.Matrix m = vm.matrixProperty().get();
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) assertFalse(m.highlighted(r, c), r + "," + c);
        assertTrue(m.summary().contains("Every CEG composes"), m.summary());
        // CEG(A -> C) = (20/40)^(1/-0.08) = 2^12.5
        assertEquals(Numbers.format(Math.pow(2, 12.5)) + "×", m.cells()[0][2]);
    }

    @Test
    void theMatrixWaitsWhileNobodyLooksAtIt() {
        state.setSideTab(2); // the Frames tab on screen: a hidden tab derives when shown
        FramesViewModel vm = new FramesViewModel(state);
        vm.matrixActiveProperty().set(false);
        FramesFigure.Matrix before = vm.matrixProperty().get();
        state.setCompute(19);
        assertSame(before, vm.matrixProperty().get());
        vm.matrixActiveProperty().set(true);
        assertTrue(vm.matrixProperty().get().summary().contains("1.00×10¹⁹"));
    }

    /** A tab nobody sees costs nothing on a slider step; shown again, it says what a panel built now would say. */
    @Test
    void aHiddenTabDerivesNothingUntilShownThenCatchesUp() {
        AppState state = new AppState(BundledDatasets.paper());
        state.setSideTab(2);
        FramesViewModel frames = new FramesViewModel(state);
        AttributionViewModel attribution = new AttributionViewModel(state);
        state.setMode(Attribution.Mode.FIXED);
        FramesFigure.Matrix matrix = frames.matrixProperty().get();
        YearData.Plot stack = attribution.plotProperty().get();
        state.setCompute(state.view().log10Compute() + 2);
        assertSame(stack, attribution.plotProperty().get(), "the attribution tab is hidden: its fixed-mode stack waits");
        assertFalse(matrix == frames.matrixProperty().get(), "the frames tab is shown: its matrix follows the slider");

        matrix = frames.matrixProperty().get();
        state.setSideTab(0);
        assertFalse(stack == attribution.plotProperty().get(), "shown again, the stack is derived at the new compute");
        state.setCompute(state.view().log10Compute() - 3);
        state.setYear(2019);
        assertSame(matrix, frames.matrixProperty().get(), "hidden, the matrix waits");
        state.setSideTab(2);
        FramesViewModel fresh = new FramesViewModel(state);
        assertEquals(fresh.readoutProperty().get(), frames.readoutProperty().get());
        assertEquals(List.of(fresh.matrixProperty().get().cells()[0]), List.of(frames.matrixProperty().get().cells()[0]));
        assertFalse(matrix == frames.matrixProperty().get());
        AttributionViewModel freshAttribution = new AttributionViewModel(state);
        state.setSideTab(0);
        assertEquals(freshAttribution.readoutProperty().get(), attribution.readoutProperty().get());
    }
}
