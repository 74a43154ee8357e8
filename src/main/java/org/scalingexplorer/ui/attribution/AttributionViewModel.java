package org.scalingexplorer.ui.attribution;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.scalingexplorer.figure.AttributionFigure;
import org.scalingexplorer.figure.FigureState;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.AttributionRow;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.render.YearData;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Coalescer;
import org.scalingexplorer.ui.Jobs;
import org.scalingexplorer.ui.WindowState;

/**
 * The stacked-area attribution of efficiency gains by innovation, 2012-2025. In frontier mode the year cursor and the
 * compute slider are linked through the dataset's trend: moving either moves the other.
 */
public final class AttributionViewModel {
    public static final double FROM = AttributionFigure.FROM;
    public static final double TO = AttributionFigure.TO;
    static final double STEP = AttributionFigure.STEP;
    static final double HO_GAIN = AttributionFigure.HO_GAIN;
    static final double HO_FROM = AttributionFigure.HO_FROM;
    static final double HO_TO = AttributionFigure.HO_TO;

    static double halvingMonths(double gain) {
        return AttributionFigure.halvingMonths(gain);
    }

    private final AppState state;
    private final Coalescer<YearData.Range> rangeJob;
    private final Coalescer<String> readoutJob;
    private final ReadOnlyObjectWrapper<YearData.Plot> plot = new ReadOnlyObjectWrapper<>(this, "plot");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout");
    private final DoubleProperty year;
    private final ObjectProperty<Attribution.Mode> mode;
    private final ShownTab shown = new ShownTab(ShownTab.ATTRIBUTION);

    /** Computes intervals on the calling thread: for tests and the command line. */
    public AttributionViewModel(AppState state) {
        this(state, Runnable::run, Runnable::run);
    }

    /**
     * @param background where the bootstrap intervals of the totals are computed (one draw per resample is a whole
     *                   attribution, too slow for a slider step)
     * @param ui         how they come back to the UI thread
     */
    public AttributionViewModel(AppState state, Executor background, Executor ui) {
        this.state = state;
        this.rangeJob = new Coalescer<>(new Jobs(background, ui));
        this.readoutJob = new Coalescer<>(new Jobs(background, ui));
        this.year = state.doubleField(s -> s.view().year(), WindowState::setYear);
        this.mode = state.field(s -> s.view().mode(), WindowState::setMode);
        state.stateProperty().addListener((o, was, now) -> changed(was, now));
        refresh();
    }

    /**
     * The stack is recomputed when what it is drawn from changed (a what-if added or dragged changes no innovation:
     * the stack stays as it is; in fixed mode the compute is one of its inputs); the readout when the cursor moved.
     */
    private void changed(WindowState was, WindowState now) {
        if (!shown.derive(now, this::refresh)) return;
        WindowState.View a = was.view();
        WindowState.View b = now.view();
        boolean stack = was.uncertainty() != now.uncertainty() || a.digits() != b.digits() || was.notable() != now.notable()
                || (was.dataset() != now.dataset() && !now.dataset().sameAttribution(was.dataset())) || !was.excluded().equals(now.excluded())
                || a.mode() != b.mode() || (b.mode() == Attribution.Mode.FIXED && a.log10Compute() != b.log10Compute());
        if (stack) refresh();
        else if (a.year() != b.year() || a.log10Compute() != b.log10Compute()) updateReadout();
    }

    public ReadOnlyObjectProperty<YearData.Plot> plotProperty() {
        return plot.getReadOnlyProperty();
    }

    /** "2025 (2.26e23 FLOP): total 21415×, scale-dependent share 90.5%". */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** The year cursor, for the chart's handle; in frontier mode the compute follows it (and it the compute). */
    public DoubleProperty yearProperty() {
        return year;
    }

    public ObjectProperty<Attribution.Mode> modeProperty() {
        return mode;
    }

    private Dataset dataset() {
        return state.dataset();
    }

    private boolean frontier() {
        return state.get().linked();
    }

    /** The attribution at the cursor year, in the current mode. */
    public AttributionRow rowAt(double year) {
        return AttributionFigure.rowAt(state.figureState(), year);
    }

    /** The years every panel chart samples, FROM to TO by STEP. */
    static double[] years() {
        return AttributionFigure.years();
    }

    /** FROM to {@code to} by STEP. */
    static double[] years(double to) {
        return AttributionFigure.years(to);
    }

    private void refresh() {
        plot.set(AttributionFigure.plot(state.figureState()));
        requestRange();
        updateReadout();
    }

    /** The total's interval at every whole year, in the background; the plot gains it when it arrives. */
    private void requestRange() {
        FigureState s = state.figureState();
        if (!s.uncertainty().reachesAttribution(s.dataset())) {
            rangeJob.clear();
            return;
        }
        YearData.Plot target = plot.get();
        rangeJob.submit(() -> AttributionFigure.range(s).orElse(null), r -> {
            if (r != null && plot.get() == target) plot.set(target.withRange(r));
        });
    }

    private void updateReadout() {
        FigureState s = state.figureState();
        String clamped = clampNote();
        readout.set(clamped + AttributionFigure.readout(s));
        if (s.uncertainty().isEmpty() || rowAt(s.year()).total().isEmpty()) {
            readoutJob.clear();
            return;
        }
        // the total's and the share's intervals over the fitted laws' bootstrap draws, side by side with the values
        readoutJob.submit(() -> clamped + AttributionFigure.readoutWithIntervals(s), readout::set);
    }

    /**
     * When the slider's compute lies on the trend before or after the chart's years, the year cursor stops at the
     * chart's end: said, not done silently.
     */
    String clampNote() {
        if (!frontier()) return "";
        double y = dataset().requireTrend().year(state.compute());
        if (!Double.isFinite(y) || (y >= FROM - 1e-6 && y <= TO + 1e-6)) return "";
        return String.format(Locale.ROOT, "The slider's %s FLOP is the trend's year %.1f, %s the chart's %d-%d: the attribution is shown at %d. ",
                Numbers.format(state.compute()), y, y > TO ? "past" : "before", (int) FROM, (int) TO, (int) (y > TO ? TO : FROM));
    }

    /** What hovering a band at a year shows: innovation, year, multiplier, anchor, source. */
    public String describe(String innovationId, double year) {
        Innovation i = dataset().findInnovation(innovationId).orElse(null);
        if (i == null) return "";
        AttributionRow r = rowAt(year);
        Double m = r.multipliers().get(i.id());
        StringBuilder b = new StringBuilder(i.name());
        b.append(String.format(Locale.ROOT, "%n%.1f: ", year));
        b.append(m == null ? "not active yet (from " + i.year() + ")" : Numbers.times(m));
        if (i instanceof Innovation.ScaleDependent sd) {
            b.append("\nscale-dependent, anchored at the ").append(sd.anchor().id()).append(", at ")
                    .append(Numbers.format(r.compute())).append(" FLOP");
            // names, not ids ("chinchilla-rebalancing")
            if (!sd.netOf().isEmpty()) {
                b.append("\nnet of ").append(String.join(", ", sd.netOf().stream().map(id -> dataset().findInnovation(id).map(Innovation::name).orElse(id)).toList()));
            }
        } else {
            b.append("\nscale-invariant");
        }
        if (!i.source().isEmpty()) b.append("\n").append(i.source());
        return b.toString();
    }

    /** Shares by innovation at the cursor year, for tests and exports. */
    public Map<String, Double> multipliersAtCursor() {
        return rowAt(state.view().year()).multipliers();
    }
}
