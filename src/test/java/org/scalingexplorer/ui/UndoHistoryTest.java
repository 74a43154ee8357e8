package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.ui.attribution.InnovationsViewModel;
import org.scalingexplorer.ui.fit.FitViewModel;
import org.scalingexplorer.ui.fit.FitViewModelTest;
import org.scalingexplorer.ui.whatif.WhatIfViewModel;

class UndoHistoryTest {
    private final AppState state = new AppState(BundledDatasets.paper());
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final UndoHistory history = new UndoHistory(state, now::get);

    /** Each edit a second after the last, so each is its own step. */
    private void later() {
        now.addAndGet(1000);
    }

    private record Step(Dataset dataset, Set<String> excluded, int fits) {
    }

    private Step step() {
        return new Step(state.dataset(), state.get().excluded(), state.get().fits().size());
    }

    @Test
    void undoAndRedoRoundTripEveryKindOfEdit(@TempDir Path dir) throws Exception {
        assertFalse(history.canUndoProperty().get());
        List<Step> steps = new ArrayList<>();
        steps.add(step());
        // an innovation edit
        new InnovationsViewModel(state).setYear("moe", "2022");
        later();
        steps.add(step());
        // an innovation switched off
        state.exclude(Set.of("rotary"));
        later();
        steps.add(step());
        // a what-if
        WhatIfViewModel whatIf = new WhatIfViewModel(state);
        whatIf.startDrawing();
        whatIf.finishDrawing();
        later();
        steps.add(step());
        // a fit added, and a fit replacing a law
        FitViewModel fit = new FitViewModel(state, Runnable::run, Runnable::run);
        fit.loadRuns(FitViewModelTest.syntheticRuns(dir));
        fit.resamplesProperty().set(20);
        fit.fit();
        fit.addAsAlgorithm();
        later();
        steps.add(step());
        fit.replaceLaw("transformer-2017");
        later();
        steps.add(step());
        // another dataset opened
        Dataset small = state.dataset().withInnovations(List.of()).withAlgorithms(List.of(state.dataset().algorithm("lstm")));
        state.load(small, Path.of("small.scaling.json"));
        later();
        steps.add(step());

        for (int i = steps.size() - 2; i >= 0; i--) {
            history.undo();
            assertEquals(steps.get(i), step(), "undo back to step " + i);
        }
        assertFalse(history.canUndoProperty().get());
        assertSame(steps.get(0).dataset(), state.dataset(), "all the way back: the very dataset the session began with");
        for (int i = 1; i < steps.size(); i++) {
            history.redo();
            assertEquals(steps.get(i), step(), "redo to step " + i);
        }
        assertFalse(history.canRedoProperty().get());
        assertEquals(Path.of("small.scaling.json"), state.get().work().file());
    }

    @Test
    void aBurstOfChangesIsOneStepAndANewEditDropsTheRedos() {
        Dataset start = state.dataset();
        WhatIfViewModel whatIf = new WhatIfViewModel(state);
        whatIf.startDrawing();
        for (int i = 0; i < 20; i++) {
            now.addAndGet(30); // a handle dragged: a change every 30 ms
            whatIf.moveHandle(1, 1e22, 2.3 + i * 0.01);
        }
        whatIf.finishDrawing();
        history.undo();
        assertSame(start, state.dataset(), "the whole drag undone in one step");
        history.redo();
        Algorithm drawn = state.dataset().algorithms().get(state.dataset().algorithms().size() - 1);
        assertTrue(drawn.whatIf());
        history.undo();
        later();
        state.exclude(Set.of("moe"));
        assertFalse(history.canRedoProperty().get(), "a new edit after an undo drops what could be redone");
        history.undo();
        assertEquals(Set.of(), state.get().excluded());
        assertTrue(state.dataset().innovations().stream().anyMatch(i -> i instanceof Innovation.ScaleInvariant));
    }
}
