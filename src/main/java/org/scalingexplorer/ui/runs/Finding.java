package org.scalingexplorer.ui.runs;

import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.scalingexplorer.ui.Jobs;
import org.scalingexplorer.ui.Task;

/**
 * What a tab of the Training Runs window works out from the runs, off the FX thread: the result, the words that say
 * what it rests on, and the task that makes it.
 */
public final class Finding<T> {
    private final Task task;
    private final ReadOnlyObjectWrapper<T> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    Finding(Executor background, Executor ui) {
        this.task = new Task(new Jobs(background, ui));
    }

    void set(T value, String words) {
        result.set(value);
        summary.set(words);
    }

    void clear() {
        set(null, "");
    }

    T get() {
        return result.get();
    }

    public ReadOnlyObjectProperty<T> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Task task() {
        return task;
    }
}
