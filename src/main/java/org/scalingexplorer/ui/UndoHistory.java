package org.scalingexplorer.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo for every edit that changes the model: innovation edits and switches, what-ifs, fits applied or
 * switched, datasets opened. The state is immutable, so a step is the state before it. Changes that follow each
 * other within {@link #COALESCE_MS} (a handle dragged) make one step. A step is the {@link WindowState.Work} of a state:
 * what the user works on, not how they look at it.
 */
public final class UndoHistory {
    public static final long COALESCE_MS = 400;
    static final int LIMIT = 200;

    private final AppState state;
    private final LongSupplier clock;
    private final Deque<WindowState.Work> undo = new ArrayDeque<>();
    private final Deque<WindowState.Work> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private WindowState.Work current;
    private long lastChange = Long.MIN_VALUE / 2;
    private boolean applying;

    public UndoHistory(AppState state) {
        this(state, System::currentTimeMillis);
    }

    /** @param clock milliseconds, for coalescing (tests pass their own) */
    public UndoHistory(AppState state, LongSupplier clock) {
        this.state = state;
        this.clock = clock;
        this.current = state.get().work();
        state.stateProperty().addListener((o, was, now) -> changed());
    }

    private void changed() {
        if (applying) return;
        WindowState.Work now = state.get().work();
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
        current = state.get().work();
        update();
    }

    /** The work of an earlier or later step, as one change; the view stays as it is. */
    private void apply(WindowState.Work w) {
        applying = true;
        try {
            state.update(s -> s.withWork(w));
        } finally {
            applying = false;
        }
        current = state.get().work();
        // the next edit starts a step of its own
        lastChange = Long.MIN_VALUE / 2;
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
