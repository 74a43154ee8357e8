package org.scalingexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.figure.CegRow;
import org.scalingexplorer.figure.FramesFigure;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.report.Reports;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.attribution.FramesViewModel;

/**
 * Declaring two loss scales comparable from the window: a what-if the dataset carries, after which every CEG resting
 * on it is computed and says so (table, chart legend, matrix, frames); taking it back refuses them again.
 */
class ScalesViewModelTest {
    final Dataset paper = BundledDatasets.paper();
    final AppState state = new AppState(paper);

    CegRow row(ExplorerViewModel vm, String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void thePaperDatasetHasOnePairOfScalesAndNoneIsDeclared() {
        ScalesViewModel vm = new ScalesViewModel(state);
        List<ScalesViewModel.Pair> pairs = vm.pairs();
        assertEquals(1, pairs.size());
        assertTrue(pairs.get(0).label().startsWith("Assume C4"), pairs.get(0).label());
        assertTrue(pairs.get(0).label().contains("MassiveText"), pairs.get(0).label());
        assertFalse(vm.declared(pairs.get(0)));
    }

    /** A frame placed through the LSTM by a CEG to a law on Hoffmann et al.'s scale rests on the assumption, and says so. */
    @Test
    void aFramePlacedAcrossScalesNamesTheAssumption() {
        var kaplan = paper.algorithm("kaplan-allocation");
        var plain = new Algorithm("plain", "Plain", "#888888", "", kaplan.law(), List.of(), Set.of(), false)
                .withLossScale(kaplan.lossScale());
        List<Algorithm> all = new ArrayList<>(paper.algorithms());
        all.add(plain);
        state.edit(paper.withAlgorithms(all));
        state.setSideTab(2); // the Frames tab on screen: a hidden tab derives when shown
        FramesViewModel frames = new FramesViewModel(state);
        assertTrue(Reports.frames(state.dataset(), "plain", 2020, 2020).document().path("assumption").isMissingNode());
        ScalesViewModel vm = new ScalesViewModel(state);
        vm.setDeclared(vm.pairs().get(0), true);
        assertTrue(frames.rows().stream().anyMatch(r -> r.id().equals("plain") && r.name().endsWith("(scales assumed comparable)")));
        assertTrue(Reports.frames(state.dataset(), "plain", 2020, 2020).document().get("assumption").asText()
                .startsWith("assumed comparable: LSTM's loss is on C4"));
    }

    @Test
    void declaringThePairMakesEveryAffectedNumberSaySoAndUndeclaringRefusesAgain() {
        state.setCompute(22);
        state.setReference("lstm");
        ExplorerViewModel explorer = new ExplorerViewModel(state, Runnable::run, Runnable::run);
        state.setSideTab(2); // the Frames tab on screen: a hidden tab derives when shown
        FramesViewModel frames = new FramesViewModel(state);
        frames.matrixActiveProperty().set(true);
        assertEquals("not comparable", row(explorer, "kaplan-allocation").cegText());
        ScalesViewModel vm = new ScalesViewModel(state);
        ScalesViewModel.Pair pair = vm.pairs().get(0);

        vm.setDeclared(pair, true);
        assertTrue(state.dataset().declaredComparable(pair.a(), pair.b()));
        CegRow kaplan = row(explorer, "kaplan-allocation");
        assertTrue(kaplan.cegText().endsWith("× *"), kaplan.cegText());
        // the mark is explained once, above the table, not in every row's flags
        assertFalse(kaplan.flags().contains("assumed"), kaplan.flags());
        assertTrue(explorer.readoutProperty().get().endsWith("Transformer, Chinchilla allocation " + row(explorer, "chinchilla-allocation").cegText()
                + " (*: loss scales assumed comparable, a what-if: Algorithms > Loss Scales)"), explorer.readoutProperty().get());
        assertTrue(kaplan.accessibleText().contains("assumed comparable: LSTM's loss is on C4"), kaplan.accessibleText());
        // rows on the reference's own scale carry no mark
        assertFalse(row(explorer, "transformer-2017").cegText().contains("*"));
        assertTrue(explorer.cegPlotProperty().get().series().stream()
                .anyMatch(s -> s.id().equals("kaplan-allocation") && s.name().endsWith("(scales assumed comparable)")));
        assertTrue(explorer.lossOverlayProperty().get().labels().stream()
                .anyMatch(l -> l.text().startsWith("Transformer, Kaplan allocation: ") && l.text().endsWith("(scales assumed comparable)")));
        FramesFigure.Matrix m = frames.matrixProperty().get();
        int lstm = m.names().indexOf("LSTM");
        int kap = m.names().indexOf(paper.algorithm("kaplan-allocation").name());
        assertTrue(m.cells()[lstm][kap].endsWith(" *"), m.cells()[lstm][kap]);
        assertTrue(m.notes()[lstm][kap].startsWith("* assumed comparable"), m.notes()[lstm][kap]);
        assertTrue(m.summary().contains("*: loss scales assumed comparable"), m.summary());
        // the bundled algorithms on Hoffmann et al.'s scale embody their innovations, so no frame is placed across scales
        assertTrue(frames.rows().stream().noneMatch(r -> r.name().contains("assumed")));

        vm.setDeclared(pair, false);
        assertFalse(state.dataset().declaredComparable(pair.a(), pair.b()));
        assertEquals("not comparable", row(explorer, "kaplan-allocation").cegText());
        assertFalse(explorer.readoutProperty().get().contains("*"), explorer.readoutProperty().get());
        assertEquals("—", frames.matrixProperty().get().cells()[lstm][kap]);
    }
}
