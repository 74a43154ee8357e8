package org.scalingexplorer.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.io.BundledDatasets;
import org.scalingexplorer.io.DatasetReader;
import org.scalingexplorer.io.DatasetWriter;
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
    final ExplorerViewModel explorer = new ExplorerViewModel(state);

    @Test
    void aWhatIfJoinsEveryTableAndCanBeTheReference() throws Exception {
        var r = vm.add(new Form("Steeper LSTM", LawKind.POWER, "1.9", "36.3", "-0.08", "", ""));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        Algorithm a = state.dataset().algorithm("what-if-1");
        assertTrue(a.whatIf());
        assertEquals(new PowerLaw(1.9, 36.3, -0.08), a.law());
        assertTrue(explorer.references().stream().anyMatch(c -> c.id().equals("what-if-1")));
        assertTrue(explorer.rows().stream().anyMatch(x -> x.id().equals("what-if-1")));
        state.referenceIdProperty().set("what-if-1");
        state.log10ComputeProperty().set(22);
        double expected = Ceg.between(a.law(), state.dataset().algorithm("lstm").law(), Anchor.REFERENCE, 1e22).value();
        assertEquals(expected, explorer.rows().get(0).ceg(), 1e-12);
        // exported in the dataset format and read back the same, badge included
        Dataset back = DatasetReader.read("export.json", DatasetWriter.toJson(state.dataset()));
        assertEquals(state.dataset(), back);
        vm.remove("what-if-1");
        assertEquals("lstm", state.referenceIdProperty().get(), "the reference falls back when its algorithm goes");
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
}
