package org.scalingexplorer.ui.runs;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.scalingexplorer.model.ComputeRange;

/**
 * The compute window a tab of the Training Runs window fits in: its two ends as typed, how the starting one was
 * chosen, and the range they make. The Frontier, Scale Dependence and Backtest tabs each hold one.
 */
public final class FitWindow {
    private final StringProperty low = new SimpleStringProperty(this, "low", "1e16");
    private final StringProperty high = new SimpleStringProperty(this, "high", "5e17");
    private final ReadOnlyStringWrapper how = new ReadOnlyStringWrapper(this, "how", "");

    /** Takes the imported runs' starting window; kept as it is when nothing is imported. */
    void imported(RunsSession.Imported in) {
        if (in == null) return;
        RunsSession.Window w = in.window();
        low.set(w.low());
        high.set(w.high());
        how.set(w.how());
    }

    /** The range typed; an {@link IllegalArgumentException} says why when it is not one. */
    public ComputeRange range() {
        return Ids.window(low.get(), high.get());
    }

    public StringProperty lowProperty() {
        return low;
    }

    public StringProperty highProperty() {
        return high;
    }

    /** How the starting window was chosen (empty before an import). */
    public ReadOnlyStringProperty howProperty() {
        return how.getReadOnlyProperty();
    }
}
