package org.scalingexplorer.ui.explorer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.figure.CegRow;
import org.scalingexplorer.figure.ExplorerFigure;
import org.scalingexplorer.figure.FigureState;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.Uncertainty;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Choice;
import org.scalingexplorer.ui.Coalescer;
import org.scalingexplorer.ui.Jobs;
import org.scalingexplorer.ui.Lists;
import org.scalingexplorer.ui.WindowState;

/**
 * The explorer: log-log curves, the compute cursor with each algorithm's CEG construction, the CEG-vs-compute curves
 * and the CEG table. Every number comes from the engine; this class only arranges it for the views.
 */
public final class ExplorerViewModel {
    /** Samples per curve: smooth at any window width, cheap to draw. */
    static final int SAMPLES = ExplorerFigure.SAMPLES;

    private final AppState state;
    private final ObservableList<Choice> references = FXCollections.observableArrayList();
    private final ObservableList<CegRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CegRowSlot> slots = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChartData.Plot> lossPlot = new ReadOnlyObjectWrapper<>(this, "lossPlot");
    private final ReadOnlyObjectWrapper<ChartData.Overlay> lossOverlay = new ReadOnlyObjectWrapper<>(this, "lossOverlay", ChartData.Overlay.empty());
    private final ReadOnlyObjectWrapper<ChartData.Plot> cegPlot = new ReadOnlyObjectWrapper<>(this, "cegPlot");
    private final ReadOnlyObjectWrapper<ChartData.Overlay> cegOverlay = new ReadOnlyObjectWrapper<>(this, "cegOverlay", ChartData.Overlay.empty());
    private final ReadOnlyStringWrapper computeText = new ReadOnlyStringWrapper(this, "computeText");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout");
    private final ReadOnlyBooleanWrapper intervals = new ReadOnlyBooleanWrapper(this, "intervals");
    private final ReadOnlyDoubleWrapper sliderMin = new ReadOnlyDoubleWrapper(this, "sliderMin", 12);
    private final ReadOnlyDoubleWrapper sliderMax = new ReadOnlyDoubleWrapper(this, "sliderMax", 28);
    private final StringProperty referenceId;
    private final ObjectProperty<Anchor> anchor;
    private final DoubleProperty log10Compute;
    private final BooleanProperty endLabels;

    /** The cursor before the last click moved it (NaN when none): a double-click's first click is taken back. */
    private double beforePick = Double.NaN;
    /** The rows' bootstrap intervals, 1,000 draws each: computed off the UI thread, the newest cursor wins. */
    private final Coalescer<Intervals> intervalJob;
    /** The intervals last computed, shown until those at the new cursor arrive. */
    private Intervals lastIntervals = Intervals.NONE;

    /**
     * @param background where the CEG table's bootstrap intervals are computed (1,000 draws per fitted row, too slow
     *                   for a slider step)
     * @param ui         how they come back to the UI thread
     */
    public ExplorerViewModel(AppState state, Executor background, Executor ui) {
        this.state = state;
        this.intervalJob = new Coalescer<>(new Jobs(background, ui));
        // the slider's range before its value: a slider clamps a value outside its range as it is set
        state.stateProperty().addListener((o, was, now) -> changed(was, now));
        this.referenceId = state.stringField(s -> s.view().reference(), WindowState::setReference);
        this.anchor = state.field(s -> s.view().anchor(), WindowState::setAnchor);
        this.log10Compute = state.doubleField(s -> s.view().log10Compute(), WindowState::setCompute);
        this.endLabels = state.booleanField(s -> s.view().endLabels(), WindowState::setEndLabels);
        intervals.set(!state.uncertainty().isEmpty());
        rebuildDataset();
        rebuildReference();
        step(true);
    }

    /** What a change of state changes here: the curves when what they are drawn from changed, else the cursor's parts. */
    private void changed(WindowState was, WindowState now) {
        WindowState.View a = was.view();
        WindowState.View b = now.view();
        boolean data = was.dataset() != now.dataset() || was.uncertainty() != now.uncertainty() || a.digits() != b.digits()
                || a.colorBlindSafe() != b.colorBlindSafe() || was.slider() != now.slider();
        if (data) {
            intervals.set(!now.uncertainty().isEmpty());
            rebuildDataset();
        }
        boolean frame = data || !a.reference().equals(b.reference()) || a.anchor() != b.anchor();
        if (frame) rebuildReference();
        // new rows when what they measure changed (the table's columns then fit their texts afresh); a slider step
        // changes what the slots hold
        if (frame || a.log10Compute() != b.log10Compute()) step(frame);
    }

    // ---- what the views bind to ---------------------------------------------------------------------------------

    public ObservableList<Choice> references() {
        return references;
    }

    /** The table's rows, one per algorithm, reference first. */
    public ObservableList<CegRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The same rows as stable slots, for the table: a slider step changes what a slot holds, not the list. */
    public ObservableList<CegRowSlot> slots() {
        return FXCollections.unmodifiableObservableList(slots);
    }

    /** The reference, for the box that picks it. */
    public StringProperty referenceIdProperty() {
        return referenceId;
    }

    public ObjectProperty<Anchor> anchorProperty() {
        return anchor;
    }

    /** The compute cursor in log10 FLOP, for the slider. */
    public DoubleProperty log10ComputeProperty() {
        return log10Compute;
    }

    /** Whether the charts name each line at its right end (View > Label Lines at Their Ends). */
    public BooleanProperty endLabelsProperty() {
        return endLabels;
    }

    public ReadOnlyObjectProperty<ChartData.Plot> lossPlotProperty() {
        return lossPlot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData.Overlay> lossOverlayProperty() {
        return lossOverlay.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData.Plot> cegPlotProperty() {
        return cegPlot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData.Overlay> cegOverlayProperty() {
        return cegOverlay.getReadOnlyProperty();
    }

    /** The cursor's compute as text, e.g. {@code 1.00e22}. */
    public ReadOnlyStringProperty computeTextProperty() {
        return computeText.getReadOnlyProperty();
    }

    /** One sentence per candidate, for the accessible readout. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The same, compact enough for one line: "At 1.00e22 FLOP, against LSTM: Transformer (2017) 259×, ...". */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** Whether a fitted law with a bootstrap is in the dataset, so that CEGs have intervals. */
    public ReadOnlyBooleanProperty intervalsProperty() {
        return intervals.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty sliderMinProperty() {
        return sliderMin.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty sliderMaxProperty() {
        return sliderMax.getReadOnlyProperty();
    }

    // ---- actions ------------------------------------------------------------------------------------------------

    /**
     * Moves the cursor to a typed compute ({@code 3e24}, {@code 3x10^24}, {@code 250 PF-days}); returns why not when
     * the text is not a compute or lies outside the slider's range, and leaves the cursor where it was.
     */
    public Optional<String> enterCompute(String text) {
        double c;
        try {
            c = ComputeText.parse(text);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        double l = Math.log10(c);
        if (l < sliderMin.get() - 1e-9 || l > sliderMax.get() + 1e-9) {
            return Optional.of(Numbers.format(c) + " FLOP is outside the range "
                    + Numbers.format(Math.pow(10, sliderMin.get())) + " to " + Numbers.format(Math.pow(10, sliderMax.get())) + " FLOP");
        }
        state.setCompute(l);
        return Optional.empty();
    }

    /** Moves the cursor by whole or fractional decades, staying in range. */
    public void nudge(double decades) {
        setLog10(state.view().log10Compute() + decades);
    }

    public void toStart() {
        setLog10(sliderMin.get());
    }

    public void toEnd() {
        setLog10(sliderMax.get());
    }

    /** Puts the cursor at {@code compute}, e.g. where the user clicked on a chart. */
    public void pick(double compute) {
        if (!(compute > 0)) return;
        beforePick = state.view().log10Compute();
        setLog10(Math.log10(compute));
    }

    /** Puts the cursor back where it was before the last pick: a double-click resets the zoom and nothing else. */
    public void unpick() {
        if (Double.isNaN(beforePick)) return;
        state.setCompute(beforePick);
        beforePick = Double.NaN;
    }

    private void setLog10(double v) {
        // round to 1e-9 decades so keyboard steps land on exact tenths (1e22, not 9.9999e21)
        double r = Math.rint(v * 1e9) / 1e9;
        state.setCompute(r);
    }

    // ---- recomputation ------------------------------------------------------------------------------------------

    private Dataset dataset() {
        return state.dataset();
    }

    /** What the figures are drawn from, now. */
    private FigureState figureState() {
        return state.figureState();
    }

    private void rebuildDataset() {
        Dataset d = dataset();
        // replaced only when they differ: a box whose items are replaced by equal ones goes blank
        List<Choice> choices = d.algorithms().stream().map(a -> new Choice(a.id(), a.name())).toList();
        Lists.update(references, choices);
        sliderMin.set(state.get().slider().min());
        sliderMax.set(state.get().slider().max());
    }

    private void rebuildReference() {
        FigureState s = figureState();
        ChartData.Plot loss = ExplorerFigure.loss(s);
        lossPlot.set(loss);
        cegPlot.set(ExplorerFigure.ceg(s, loss));
    }

    /**
     * The intervals of one figure state's rows, and what they hold for: intervals at another compute are shown while
     * the new ones are computed, never those of another reference, anchor, dataset or bootstrap, nor another digits.
     */
    private record Intervals(Dataset dataset, Uncertainty uncertainty, String reference, Anchor anchor, int digits, Map<String, String> texts) {
        static final Intervals NONE = new Intervals(null, null, null, null, 0, Map.of());

        static Intervals of(FigureState s, Map<String, String> texts) {
            return new Intervals(s.dataset(), s.uncertainty(), s.reference().id(), s.anchor(), Numbers.digits(), texts);
        }

        boolean holdFor(FigureState s) {
            return dataset == s.dataset() && uncertainty == s.uncertainty() && s.reference().id().equals(reference) && anchor == s.anchor()
                    && digits == Numbers.digits();
        }

        List<CegRow> into(List<CegRow> rows) {
            return texts.isEmpty() ? rows : rows.stream().map(r -> texts.containsKey(r.id()) ? r.withInterval(texts.get(r.id())) : r).toList();
        }
    }

    /**
     * Recomputes what depends on the cursor: the table, both overlays and the readout.
     *
     * @param fresh new slots for the rows (the dataset, the reference or the anchor changed), not new contents
     */
    private void step(boolean fresh) {
        FigureState s = figureState();
        computeText.set(Numbers.format(s.compute()));
        ExplorerFigure.Cursor cursor = ExplorerFigure.cursor(s, false);
        if (s.uncertainty().isEmpty()) {
            intervalJob.clear();
            lastIntervals = Intervals.NONE;
            updateRows(cursor.rows(), fresh);
        } else {
            if (!lastIntervals.holdFor(s)) lastIntervals = Intervals.NONE;
            updateRows(lastIntervals.into(cursor.rows()), fresh);
            intervalJob.submit(() -> Intervals.of(s, ExplorerFigure.intervals(s)), now -> {
                lastIntervals = now;
                updateRows(now.into(cursor.rows()), false);
            });
        }
        lossOverlay.set(cursor.loss());
        cegOverlay.set(cursor.ceg());
        summary.set(cursor.summary());
        readout.set(cursor.readout());
    }

    /**
     * Replaces only the rows that changed; the slots keep their places, so the table only updates those cells' texts.
     * {@code fresh}: new slots all the same.
     */
    private void updateRows(List<CegRow> newRows, boolean fresh) {
        if (fresh || rows.size() != newRows.size()) {
            rows.setAll(newRows);
            slots.setAll(newRows.stream().map(CegRowSlot::new).toList());
            return;
        }
        for (int i = 0; i < newRows.size(); i++) {
            if (rows.get(i).equals(newRows.get(i))) continue;
            rows.set(i, newRows.get(i));
            slots.get(i).set(newRows.get(i));
        }
    }
}
