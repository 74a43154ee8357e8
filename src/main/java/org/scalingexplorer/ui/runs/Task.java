package org.scalingexplorer.ui.runs;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The state of one view model's background work, as its view shows it: running, progress (-1 while it cannot say),
 * a message, and the flag that cancels it. Set on the FX thread only; {@link #counter} posts progress from workers.
 */
public final class Task {
    private final Executor ui;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private volatile AtomicBoolean cancel = new AtomicBoolean();

    Task(Executor ui) {
        this.ui = ui;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Starts work; returns the flag that stops it. */
    AtomicBoolean start(String text, boolean counted) {
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        running.set(true);
        progress.set(counted ? 0 : -1);
        message.set(text);
        return stop;
    }

    /** Posts "done of n" to the progress, a hundred times at most and never going back. */
    IntConsumer counter(int n) {
        if (n <= 0) return null;
        AtomicInteger shown = new AtomicInteger();
        int step = Math.max(1, n / 100);
        return done -> {
            if (done % step == 0 || done == n) {
                int was = shown.getAndAccumulate(done, Math::max);
                if (done > was) ui.execute(() -> progress.set(Math.max(progress.get(), done / (double) n)));
            }
        };
    }

    void finish(String text) {
        running.set(false);
        progress.set(0);
        message.set(text);
    }

    Optional<String> refuse(String why) {
        message.set(why);
        return Optional.of(why);
    }

    boolean busy() {
        return running.get();
    }

    void cancel() {
        cancel.set(true);
    }
}
