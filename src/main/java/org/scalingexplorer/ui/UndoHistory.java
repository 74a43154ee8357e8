package org.scalingexplorer.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.fit.AppliedFit;

/**
 * Undo and redo for every edit that changes the model: innovation edits and switches, what-ifs, fits applied or
 * switched, datasets opened. The state is immutable, so a step is the state before it. Changes that follow each
 * other within {@link #COALESCE_MS} (one action setting several properties, a handle dragged) make one step.
 */
public final class UndoHistory {
    public static final long COALESCE_MS = 400;
    static final int LIMIT = 200;

    private record Snapshot(Dataset loaded, Dataset dataset, Path file, Set<String> excluded, List<AppliedFit> fits) {
    }

    private final AppState state;
    private final LongSupplier clock;
    private final Deque<Snapshot> undo = new ArrayDeque<>();
    private final Deque<Snapshot> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private Snapshot current;
    private long lastChange = Long.MIN_VALUE / 2;
    private boolean applying;

    public UndoHistory(AppState state) {
        this(state, System::currentTimeMillis);
    }

    /** @param clock milliseconds, for coalescing (tests pass their own) */
    public UndoHistory(AppState state, LongSupplier clock) {
        this.state = state;
        this.clock = clock;
        this.current = snapshot();
        InvalidationListener changed = o -> changed();
        state.datasetProperty().addListener(changed);
        state.loadedProperty().addListener(changed);
        state.excludedInnovationsProperty().addListener(changed);
        state.fitsProperty().addListener(changed);
    }

    private Snapshot snapshot() {
        return new Snapshot(state.loadedProperty().get(), state.dataset(), state.datasetFileProperty().get(),
                state.excludedInnovationsProperty().get(), state.fitsProperty().get());
    }

    private void changed() {
        if (applying) return;
        Snapshot now = snapshot();
        if (now.equals(current)) return;
        long t = clock.getAsLong();
        // a burst of changes is one step: keep the state from before the burst
        if (t - lastChange > COALESCE_MS || undo.isEmpty()) {
            undo.push(current);
            while (undo.size() > LIMIT) undo.removeLast();
        }
        lastChange = t;
        current = now;
        redo.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public void undo() {
        if (undo.isEmpty()) return;
        redo.push(current);
        apply(undo.pop());
    }

    public void redo() {
        if (redo.isEmpty()) return;
        undo.push(current);
        apply(redo.pop());
    }

    /** Forgets every step, e.g. after a workspace is opened. */
    public void clear() {
        undo.clear();
        redo.clear();
        current = snapshot();
        update();
    }

    private void apply(Snapshot s) {
        applying = true;
        try {
            state.loadedProperty().set(s.loaded());
            state.datasetFileProperty().set(s.file());
            // the dataset before the fits: fits name algorithms of the dataset they come with
            state.datasetProperty().set(s.dataset());
            state.fitsProperty().set(s.fits());
            state.excludedInnovationsProperty().set(s.excluded());
        } finally {
            applying = false;
        }
        current = snapshot();
        // the next edit starts a step of its own
        lastChange = Long.MIN_VALUE / 2;
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
