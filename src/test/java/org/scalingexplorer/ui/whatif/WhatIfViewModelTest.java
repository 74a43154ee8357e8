package org.scalingexplorer.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.io.dataset.DatasetWriter;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.ParametricLaw;
import org.scalingexplorer.model.PowerLaw;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.explorer.ExplorerViewModel;
import org.scalingexplorer.ui.whatif.WhatIfViewModel.Form;
import org.scalingexplorer.ui.whatif.WhatIfViewModel.LawKind;

class WhatIfViewModelTest {
    final AppState state = new AppState(BundledDatasets.paper());
    final WhatIfViewModel vm = new WhatIfViewModel(state);
    final ExplorerViewModel explorer = new ExplorerViewModel(state, Runnable::run, Runnable::run);

    @Test
    void aWhatIfJoinsEveryTableAndCanBeTheReference() throws Exception {
        var r = vm.add(new Form("Steeper LSTM", LawKind.POWER, "1.9", "36.3", "-0.08", "", ""));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        Algorithm a = state.dataset().algorithm("what-if-1");
        assertTrue(a.whatIf());
        assertEquals(new PowerLaw(1.9, 36.3, -0.08), a.law());
        assertTrue(explorer.references().stream().anyMatch(c -> c.id().equals("what-if-1")));
        assertTrue(explorer.rows().stream().anyMatch(x -> x.id().equals("what-if-1")));
        state.setReference("what-if-1");
        state.setCompute(22);
        double expected = Ceg.between(a.law(), state.dataset().algorithm("lstm").law(), Anchor.REFERENCE, 1e22).value();
        assertEquals(expected, explorer.rows().get(0).ceg(), 1e-12);
        // exported in the dataset format and read back the same, badge included
        Dataset back = DatasetReader.read("export.json", DatasetWriter.toJson(state.dataset()));
        assertEquals(state.dataset(), back);
        vm.remove("what-if-1");
        assertEquals("lstm", state.view().reference(), "the reference falls back when its algorithm goes");
    }

    @Test
    void parametricWhatIfsWithEitherAllocation() {
        vm.add(new Form("Chinchilla-like", LawKind.PARAMETRIC_OPTIMAL, "1.69", "406.4", "0.34", "410.7", "0.28"));
        vm.add(new Form("Kaplan-like", LawKind.PARAMETRIC_KAPLAN, "1.69", "406.4", "0.34", "410.7", "0.28"));
        assertTrue(state.dataset().algorithm("what-if-1").law() instanceof ParametricLaw);
        assertEquals(state.dataset().algorithm("chinchilla-allocation").law().loss(1e22), state.dataset().algorithm("what-if-1").law().loss(1e22), 1e-12);
        assertEquals(state.dataset().algorithm("kaplan-allocation").law().loss(1e22), state.dataset().algorithm("what-if-2").law().loss(1e22), 1e-12);
    }

    @Test
    void lawsThatNeverFallAreRefusedWithTheReason() {
        int before = state.dataset().algorithms().size();
        var r = vm.add(new Form("Flat", LawKind.POWER, "1.9", "36.3", "0.3", "", ""));
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).contains("alpha must be negative, got 0.3: with alpha >= 0 the loss never falls"), r.problems().toString());
        assertTrue(vm.add(new Form("Zero A", LawKind.POWER, "1.9", "0", "-0.1", "", "")).problems().get(0).contains("A must be > 0"));
        assertTrue(vm.add(new Form("", LawKind.POWER, "x", "1", "-0.1", "", "")).problems().size() == 2);
        assertTrue(vm.add(new Form("P", LawKind.PARAMETRIC_OPTIMAL, "1.69", "406.4", "-0.34", "410.7", "0")).problems().size() == 2);
        assertEquals(before, state.dataset().algorithms().size());
    }

    /** Through (1e18, 3.0) and (1e20, 2.5) above E = 1.9: alpha = ln(0.6 / 1.1) / ln(100), A = 1.1 / 1e18^alpha. */
    @Test
    void aLawThroughTwoPointsPassesThroughBoth() {
        PowerLaw p = (PowerLaw) WhatIfViewModel.lawThrough(1.9, 1e18, 3.0, 1e20, 2.5).law().orElseThrow();
        double alpha = Math.log(0.6 / 1.1) / Math.log(100);
        assertEquals(alpha, p.alpha(), 1e-12);
        assertEquals(-0.131621, p.alpha(), 1e-6);
        assertEquals(1.1 / Math.pow(1e18, alpha), p.a(), 1e-9 * p.a());
        assertEquals(3.0, p.loss(1e18), 1e-12);
        assertEquals(2.5, p.loss(1e20), 1e-12);
        assertTrue(WhatIfViewModel.lawThrough(1.9, 1e18, 1.8, 1e20, 2.5).problems().get(0).contains("above the irreducible loss"));
        assertTrue(WhatIfViewModel.lawThrough(1.9, 1e18, 3.0, 1.01e18, 2.5).problems().get(0).contains("different computes"));
        assertTrue(WhatIfViewModel.lawThrough(1.9, 1e18, 2.5, 1e20, 3.0).problems().get(0).contains("must fall"));
    }

    @Test
    void drawingStartsOnTheReferenceAndHandleMovesReshapeTheLawLive() {
        state.setCompute(20);
        String id = vm.startDrawing();
        Algorithm a = state.dataset().algorithm(id);
        assertTrue(a.whatIf());
        assertEquals(id, vm.editingProperty().get());
        var handles = vm.handlesProperty().get();
        assertEquals(2, handles.size());
        PowerLaw lstm = (PowerLaw) state.dataset().algorithm("lstm").law();
        // the first handle sits on the LSTM at 1e18, the second 20% below its reducible loss at 1e20
        assertEquals(lstm.loss(1e18), handles.get(0).y(), 1e-12);
        assertEquals(1.9 + 0.8 * 36.3 * Math.pow(1e20, -0.065), handles.get(1).y(), 1e-12);
        for (var h : handles) assertEquals(h.y(), a.law().loss(h.x()), 1e-9);

        assertTrue(vm.moveHandle(1, 1e21, 2.4));
        PowerLaw moved = (PowerLaw) state.dataset().algorithm(id).law();
        assertEquals(2.4, moved.loss(1e21), 1e-9);
        assertEquals(lstm.loss(1e18), moved.loss(1e18), 1e-9);
        // the CEG table follows: the drawn law against the LSTM at the slider's compute
        double expected = Ceg.between(lstm, moved, Anchor.REFERENCE, 1e20).value();
        assertEquals(expected, explorer.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().ceg(), 1e-9 * expected);

        // a rising law is refused: the law and the handles stay, the message says why
        assertEquals(false, vm.moveHandle(1, 1e21, 5.0));
        assertEquals(moved, state.dataset().algorithm(id).law());
        assertEquals(2.4, vm.handlesProperty().get().get(1).y(), 0);
        assertTrue(vm.messageProperty().get().contains("must fall"), vm.messageProperty().get());

        vm.finishDrawing();
        assertTrue(vm.handlesProperty().get().isEmpty());
        assertEquals(moved, state.dataset().algorithm(id).law(), "the drawn law stays");
    }

    @Test
    void removingTheDrawnWhatIfEndsDrawing() {
        String id = vm.startDrawing();
        vm.remove(id);
        assertEquals(null, vm.editingProperty().get());
        assertTrue(vm.handlesProperty().get().isEmpty());
    }

    @Test
    void aWhatIfLeavesTheAttributionAsItWasButALawTheInnovationsUseDoesNot() {
        Dataset before = state.dataset();
        vm.startDrawing();
        assertTrue(state.dataset().sameAttribution(before));
        Dataset steeperLstm = before.mapAlgorithm("lstm", x -> x.withLaw(new PowerLaw(1.9, 36.3, -0.07)));
        assertEquals(false, steeperLstm.sameAttribution(before));
    }

    /** Issue 28: the first drawn what-if is number 1, also after a typed one took the id what-if-1. */
    @Test
    void drawnWhatIfsCountFromOne() {
        AppState st = new AppState(BundledDatasets.paper());
        WhatIfViewModel w = new WhatIfViewModel(st);
        assertTrue(w.add(new Form("Typed", LawKind.POWER, "1.9", "36.3", "-0.08", "", "")).law().isPresent(), "a typed what-if first");
        String first = w.startDrawing();
        w.finishDrawing();
        String second = w.startDrawing();
        w.finishDrawing();
        assertEquals("Drawn what-if 1", st.dataset().algorithm(first).name());
        assertEquals("Drawn what-if 2", st.dataset().algorithm(second).name());
        w.remove(first);
        String third = w.startDrawing();
        assertEquals("Drawn what-if 1", st.dataset().algorithm(third).name(), "a freed name is used again");
    }
}
