package org.scalingexplorer.ui.sensitivity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.Sensitivity;
import org.scalingexplorer.model.fit.Uncertainty;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Coalescer;
import org.scalingexplorer.ui.Jobs;

/**
 * Which input moves the headline, at the year cursor: every law's prefactor and exponent, every constant multiplier
 * and the trend's growth moved down and up by a relative amount (10% unless the user types another), as a tornado.
 * Recomputed only while its window shows.
 */
public final class SensitivityViewModel {
    private final AppState state;
    private final ReadOnlyObjectProperty<ChartStyle> style;
    private final ReadOnlyObjectWrapper<Sensitivity.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private final ReadOnlyObjectWrapper<List<Sensitivity.GapPoint>> gap = new ReadOnlyObjectWrapper<>(this, "gap", List.of());
    private final ReadOnlyStringWrapper gapInnovation = new ReadOnlyStringWrapper(this, "gapInnovation", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private double delta = 0.1;

    private final Coalescer<String> intervalJob;

    /** Computes the bootstrap interval on the calling thread: for tests. */
    public SensitivityViewModel(AppState state) {
        this(state, Runnable::run, Runnable::run);
    }

    /**
     * @param background where the total's interval over the fitted laws' bootstrap draws is computed (a whole
     *                   attribution per draw)
     * @param ui         how it comes back to the UI thread
     */
    public SensitivityViewModel(AppState state, Executor background, Executor ui) {
        this.state = state;
        this.intervalJob = new Coalescer<>(new Jobs(background, ui));
        this.style = state.derived(s -> s.view().theme().chartStyle());
        state.stateProperty().addListener((o, was, now) -> {
            if (was.uncertainty() != now.uncertainty() || was.dataset() != now.dataset() || !was.excluded().equals(now.excluded())
                    || was.view().year() != now.view().year() || was.view().digits() != now.view().digits()) {
                refresh();
            }
        });
        active.addListener(o -> refresh());
    }

    /** True while the window shows; set by the view. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyObjectProperty<Sensitivity.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The share as the exponent gap of {@link #gapInnovationProperty} is scaled from 0.75 to 1.25 (the paper's figure). */
    public ReadOnlyObjectProperty<List<Sensitivity.GapPoint>> gapProperty() {
        return gap.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gapInnovationProperty() {
        return gapInnovation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** The chart's colours and type, from the theme. */
    public ObservableValue<ChartStyle> styleProperty() {
        return style;
    }

    /** Sets the relative change from text such as {@code 10} or {@code 10%}; returns why not, and changes nothing then. */
    public Optional<String> setPercent(String text) {
        double p;
        try {
            p = Double.parseDouble(text.trim().replace("%", "").trim());
        } catch (NumberFormatException e) {
            return Optional.of("expected a percentage from 0.1 to 90, got '" + text + "'");
        }
        if (!(p >= 0.1 && p <= 90)) return Optional.of("expected a percentage from 0.1 to 90, got " + text.trim());
        delta = p / 100;
        refresh();
        return Optional.empty();
    }

    public double delta() {
        return delta;
    }

    private void refresh() {
        if (!active.get() || state.dataset().trend().isEmpty()) return;
        // the cursor's exact year: 2022.8 is not 2023
        double year = state.view().year();
        Set<String> excluded = state.get().excluded();
        Sensitivity.Result r = Sensitivity.of(state.dataset(), excluded, year, delta);
        gapInnovation.set(Sensitivity.gapInnovation(state.dataset(), excluded).orElse(""));
        gap.set(Sensitivity.exponentGap(state.dataset(), excluded, year, Sensitivity.GAP_SCALES));
        result.set(r);
        if (r.rows().isEmpty() || r.central().total().isEmpty()) {
            readout.set("");
            return;
        }
        Sensitivity.Row top = r.rows().get(0);
        if (top.noEffect().isPresent()) {
            // the rows are sorted by effect: the first moving nothing means no input moves the total
            readout.set(String.format(Locale.ROOT, "%.1f: no input moves the total of %s (%s).", year, Numbers.times(r.central().total().getAsDouble()),
                    top.noEffect().get().replaceFirst("^no effect: ", "")));
            return;
        }
        String text = String.format(Locale.ROOT, "%.1f: the total of %s moves most with %s: %s with it %s, %s with it %s.", year,
                Numbers.times(r.central().total().getAsDouble()), top.input(),
                top.low().total().isPresent() ? Numbers.times(top.low().total().getAsDouble()) : "unreachable", top.lowMove(),
                top.high().total().isPresent() ? Numbers.times(top.high().total().getAsDouble()) : "unreachable", top.highMove());
        readout.set(text);
        Uncertainty u = state.uncertainty();
        Dataset d = state.dataset();
        if (!u.reachesAttribution(d)) {
            intervalJob.clear();
            return;
        }
        // the fitted laws' own uncertainty, beside what a 10% move of one input does
        double compute = d.requireTrend().compute(year);
        intervalJob.submit(() -> u.attribution(d, excluded, year, compute).total()
                .map(i -> Numbers.format(i.low()).equals(Numbers.format(i.high()))
                        // an interval of one value says nothing: refused, not printed
                        ? text + " The fitted laws' bootstrap gives every resample the same total: no interval."
                        : text + String.format(Locale.ROOT, " The fitted laws' bootstrap gives %s× to %s× (%d%% interval).",
                        Numbers.format(i.low()), Numbers.format(i.high()), Math.round(u.level() * 100)))
                .orElse(text), readout::set);
    }
}
