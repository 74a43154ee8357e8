package org.scalingexplorer.ui.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Sensitivity;
import org.scalingexplorer.ui.AppState;

class SensitivityViewModelTest {
    final AppState state = new AppState(BundledDatasets.paper());
    final SensitivityViewModel vm = new SensitivityViewModel(state);

    @Test
    void nothingIsComputedUntilTheWindowShowsThenItFollowsTheYearCursor() {
        assertNull(vm.resultProperty().get());
        state.setYear(2023.2);
        vm.activeProperty().set(true);
        assertEquals(2023.2, vm.resultProperty().get().year(), "the cursor's exact year, not 2023");
        // the same numbers as the engine's, which SensitivityTest checks against the closed form
        Sensitivity.Result engine = Sensitivity.of(BundledDatasets.paper(), 2023.2, 0.1);
        assertEquals(engine.central().total().getAsDouble(), vm.resultProperty().get().central().total().getAsDouble(), 1e-9);
        assertEquals(engine.rows().get(0).input(), vm.resultProperty().get().rows().get(0).input());
        assertTrue(vm.readoutProperty().get().startsWith("2023.2: the total of "), vm.readoutProperty().get());
        state.setYear(2025);
        assertEquals(2025, vm.resultProperty().get().year());
    }

    /**
     * Before the first innovation (2017) nothing moves the total of 1x: the readout says so, not that it "moves most"
     * with the first row, and prints no interval of one value.
     */
    @Test
    void beforeAnyInnovationTheReadoutSaysNothingMovesTheTotal() {
        state.setYear(2013.2);
        vm.activeProperty().set(true);
        assertTrue(vm.resultProperty().get().rows().stream().allMatch(r -> r.noEffect().isPresent()));
        String said = vm.readoutProperty().get();
        assertEquals("2013.2: no input moves the total of 1.00× (no innovation active in 2013.2 uses this law).", said);
    }

    @Test
    void thePercentIsCheckedAndSwitchedInnovationsStayOff() {
        vm.activeProperty().set(true);
        assertTrue(vm.setPercent("200").isPresent());
        assertTrue(vm.setPercent("lots").orElseThrow().contains("expected a percentage from 0.1 to 90"));
        assertEquals(0.1, vm.delta());
        assertTrue(vm.setPercent("25 %").isEmpty());
        assertEquals(0.25, vm.resultProperty().get().delta());
        state.exclude(Set.of("moe"));
        double withoutMoe = vm.resultProperty().get().central().total().getAsDouble();
        assertEquals(Sensitivity.of(BundledDatasets.paper(), Set.of("moe"), state.view().year(), 0.25)
                .central().total().getAsDouble(), withoutMoe, 1e-9);
    }
}
