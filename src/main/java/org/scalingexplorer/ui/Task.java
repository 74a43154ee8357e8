package org.scalingexplorer.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One view model's background work as its view shows it: running, progress (-1 while it cannot say), a message,
 * and cancel. One job at a time, run through {@link Jobs}; set on the FX thread only.
 */
public final class Task {
    private final Jobs jobs;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Jobs.Job current;

    public Task(Jobs jobs) {
        this.jobs = jobs;
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

    /**
     * Starts {@code work} saying {@code text}; {@code counted} when it reports progress (else the bar spins). Its
     * result goes to {@code done} (which ends the task with {@link #finish}); a failure ends it with the message
     * {@code failure} makes of it (a cancellation included).
     */
    public <T> void run(String text, boolean counted, Jobs.Work<T> work, Consumer<T> done, Function<Exception, String> failure) {
        running.set(true);
        progress.set(counted ? 0 : -1);
        message.set(text);
        current = jobs.run(work, done, e -> finish(failure.apply(e)), counted ? p -> progress.set(Math.max(progress.get(), p)) : null);
    }

    public void finish(String text) {
        running.set(false);
        progress.set(0);
        message.set(text);
    }

    /** Says something without starting or ending work (a step that needs no background, a file read). */
    public void say(String text) {
        message.set(text);
    }

    public Optional<String> refuse(String why) {
        message.set(why);
        return Optional.of(why);
    }

    public boolean busy() {
        return running.get();
    }

    public void cancel() {
        if (current != null) current.cancel();
    }
}
