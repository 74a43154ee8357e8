package org.scalingexplorer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.scalingexplorer.figure.FigureState;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.LossScale;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.Workspace;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.NotableModel;
import org.scalingexplorer.model.fit.Uncertainty;

/**
 * The window's one state ({@link WindowState}) in one read-only property. A change is a named function from state
 * to state, applied by {@link #update} (the named methods below are those functions, dispatched); every listener
 * then sees the whole new state once, so nothing depends on the order listeners run in. View models derive their
 * outputs from it; where a view binds a control (a slider, a toggle), the view model hands it a {@linkplain #field
 * field}: a JavaFX property at the edge that shows one part of the state and turns the user's edits into changes.
 */
public final class AppState {
    private final ReadOnlyObjectWrapper<WindowState> state;
    /** Counts requests to stop a playback under way (e.g. a workspace opened): an event, not state. */
    private final ReadOnlyIntegerWrapper playbackStops = new ReadOnlyIntegerWrapper(this, "playbackStops");

    public AppState(Dataset initial) {
        this(WindowState.of(initial));
    }

    public AppState(WindowState initial) {
        state = new ReadOnlyObjectWrapper<>(this, "state", initial);
        Numbers.setThreadDigits(initial.view().digits());
    }

    public ReadOnlyObjectProperty<WindowState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public WindowState get() {
        return state.get();
    }

    /** Applies one change; listeners hear of it once, and not at all when nothing changed. */
    public void update(UnaryOperator<WindowState> change) {
        WindowState was = state.get();
        WindowState next = change.apply(was);
        if (next == null || next.equals(was)) return;
        // the window's thread shows numbers at the state's significant figures
        if (next.view().digits() != Numbers.digits()) Numbers.setThreadDigits(next.view().digits());
        state.set(next);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    public Dataset dataset() {
        return get().dataset();
    }

    public WindowState.View view() {
        return get().view();
    }

    public FigureState figureState() {
        return get().figureState();
    }

    /** The compute cursor, FLOP. */
    public double compute() {
        return get().compute();
    }

    public Uncertainty uncertainty() {
        return get().uncertainty();
    }

    public String colorOf(Algorithm a) {
        return get().colorOf(a);
    }

    // ---- the named changes --------------------------------------------------------------------------------------

    public void load(Dataset d, Path file) {
        update(s -> s.load(d, file));
    }

    public void edit(Dataset d) {
        update(s -> s.edit(d));
    }

    public void exclude(Set<String> ids) {
        update(s -> s.exclude(ids));
    }

    public void applyFit(AppliedFit fit) {
        update(s -> s.applyFit(fit, null));
    }

    public void applyFit(AppliedFit fit, LossScale scale) {
        update(s -> s.applyFit(fit, scale));
    }

    public void useFit(String algorithmId, boolean on) {
        update(s -> s.useFit(algorithmId, on));
    }

    public void setNotable(List<NotableModel> models) {
        update(s -> s.withNotable(models));
    }

    public void setStory(List<Workspace.Keyframe> story) {
        update(s -> s.withStory(story));
    }

    public void setReference(String id) {
        update(s -> s.setReference(id));
    }

    public void setAnchor(Anchor a) {
        update(s -> s.setAnchor(a));
    }

    public void setCompute(double log10) {
        update(s -> s.setCompute(log10));
    }

    public void setYear(double year) {
        update(s -> s.setYear(year));
    }

    public void setMode(Attribution.Mode m) {
        update(s -> s.setMode(m));
    }

    public void setTheme(Theme t) {
        update(s -> s.setTheme(t));
    }

    public void setColorBlindSafe(boolean on) {
        update(s -> s.setColorBlindSafe(on));
    }

    public void setDigits(int n) {
        update(s -> s.setDigits(n));
    }

    public void setFramesReference(String id) {
        update(s -> s.setFramesReference(id));
    }

    public void setScaleComputes(List<Double> computes) {
        update(s -> s.setScaleComputes(computes));
    }

    public void setSideTab(int tab) {
        update(s -> s.setSideTab(tab));
    }

    public void setSidePanel(boolean shown) {
        update(s -> s.setSidePanel(shown));
    }

    // ---- events -------------------------------------------------------------------------------------------------

    public ReadOnlyIntegerProperty playbackStopsProperty() {
        return playbackStops.getReadOnlyProperty();
    }

    /** Asks present mode to stop a playback under way. */
    public void stopPlayback() {
        playbackStops.set(playbackStops.get() + 1);
    }

    // ---- fields at the edge -------------------------------------------------------------------------------------

    /**
     * A property for a view to bind a control to: it shows {@code read} of the state and follows it; a value the
     * user puts in becomes the change {@code write}, and when the state keeps something else (a compute past the
     * slider's end, clamped) the field shows what the state kept.
     */
    public <T> ObjectProperty<T> field(Function<WindowState, T> read, BiFunction<WindowState, T, WindowState> write) {
        return edge(new SimpleObjectProperty<>(), read, write);
    }

    /** A read-only property following one part of the state (for a view to bind to; it changes only when that part does). */
    public <T> ReadOnlyObjectProperty<T> derived(Function<WindowState, T> read) {
        ReadOnlyObjectWrapper<T> p = new ReadOnlyObjectWrapper<>(read.apply(get()));
        state.addListener((o, was, now) -> {
            T v = read.apply(now);
            if (!Objects.equals(v, p.get())) p.set(v);
        });
        return p.getReadOnlyProperty();
    }

    public DoubleProperty doubleField(Function<WindowState, Double> read, BiFunction<WindowState, Double, WindowState> write) {
        return edge(new SimpleDoubleProperty(), read, (s, v) -> write.apply(s, v.doubleValue()));
    }

    public IntegerProperty intField(Function<WindowState, Integer> read, BiFunction<WindowState, Integer, WindowState> write) {
        return edge(new SimpleIntegerProperty(), read, (s, v) -> write.apply(s, v.intValue()));
    }

    public StringProperty stringField(Function<WindowState, String> read, BiFunction<WindowState, String, WindowState> write) {
        return edge(new SimpleStringProperty(), read, write);
    }

    public BooleanProperty booleanField(Function<WindowState, Boolean> read, BiFunction<WindowState, Boolean, WindowState> write) {
        return edge(new SimpleBooleanProperty(), read, write);
    }

    private <T, V, P extends Property<V>> P edge(P p, Function<WindowState, ? extends V> read, BiFunction<WindowState, V, WindowState> write) {
        boolean[] showing = {false};
        Runnable show = () -> {
            V v = read.apply(get());
            if (Objects.equals(p.getValue(), v)) return;
            showing[0] = true;
            try {
                p.setValue(v);
            } finally {
                showing[0] = false;
            }
        };
        show.run();
        state.addListener((o, was, now) -> show.run());
        p.addListener((o, was, now) -> {
            if (showing[0]) return;
            update(s -> write.apply(s, now));
            show.run();
        });
        return p;
    }
}
