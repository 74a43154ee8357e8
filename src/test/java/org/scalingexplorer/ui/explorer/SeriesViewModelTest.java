package org.scalingexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.figure.Palette;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.workspace.WorkspaceFormat;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Workspace;
import org.scalingexplorer.ui.AppState;

/** Issue 18: any series can be renamed and recoloured; the workspace keeps it; a refused entry says why. */
class SeriesViewModelTest {
    final AppState state = new AppState(BundledDatasets.paper());
    final SeriesViewModel vm = new SeriesViewModel(state);

    @Test
    void aSeriesIsRenamedAndRecolouredAndTheWorkspaceKeepsIt() throws Exception {
        vm.selectedProperty().set("transformer-2017");
        assertEquals("Transformer (2017)", vm.nameProperty().get());
        assertEquals("#0072B2", vm.colorProperty().get(), "the colour it is drawn in now");
        vm.nameProperty().set("Vaswani et al. Transformer");
        vm.colorProperty().set("#aa4499");
        assertEquals(Optional.empty(), vm.apply());
        var a = state.dataset().algorithm("transformer-2017");
        assertEquals("Vaswani et al. Transformer", a.name());
        assertEquals("#AA4499", Palette.colorOf(state.dataset(), a, false));
        Workspace w = new Workspace(Optional.empty(), BundledDatasets.paper(), state.dataset(), Set.of(), List.of(),
                new Workspace.View("lstm", Anchor.REFERENCE, 22, 2025, Attribution.Mode.FRONTIER, "light", false, 0, true), List.of());
        var back = WorkspaceFormat.read("w", WorkspaceFormat.toJson(w)).dataset().algorithm("transformer-2017");
        assertEquals("Vaswani et al. Transformer", back.name());
        assertEquals("#AA4499", back.color());
        // back to the palette's colour
        vm.colorProperty().set("");
        assertEquals(Optional.empty(), vm.apply());
        assertEquals("#0072B2", Palette.colorOf(state.dataset(), state.dataset().algorithm("transformer-2017"), false));
    }

    @Test
    void aBlankNameOrAColourThatIsNotOneIsRefusedAndNothingChanges() {
        var before = state.dataset();
        vm.nameProperty().set("  ");
        assertTrue(vm.apply().orElseThrow().contains("needs a name"));
        vm.nameProperty().set("LSTM");
        vm.colorProperty().set("teal");
        assertTrue(vm.apply().orElseThrow().contains("#0072B2"));
        vm.nameProperty().set("x".repeat(200));
        vm.colorProperty().set("");
        assertTrue(vm.apply().orElseThrow().contains("at most 120"));
        assertEquals(before, state.dataset());
    }
}
