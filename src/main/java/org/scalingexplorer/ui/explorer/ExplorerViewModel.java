package org.scalingexplorer.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.CegCurves;
import org.scalingexplorer.model.CegResult;
import org.scalingexplorer.model.Comparability;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.ScalingLaw;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.render.ChartData;

/**
 * The explorer: log-log curves, the compute cursor with each algorithm's CEG construction, the CEG-vs-compute curves
 * and the CEG table. Every number comes from the engine; this class only arranges it for the views.
 */
public final class ExplorerViewModel {
    /** Samples per curve: smooth at any window width, cheap to draw. */
    static final int SAMPLES = 240;

    public record Choice(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

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
    private final javafx.beans.property.ReadOnlyBooleanWrapper intervals = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "intervals");
    private final ReadOnlyDoubleWrapper sliderMin = new ReadOnlyDoubleWrapper(this, "sliderMin", 12);
    private final ReadOnlyDoubleWrapper sliderMax = new ReadOnlyDoubleWrapper(this, "sliderMax", 28);

    public ExplorerViewModel(AppState state) {
        this.state = state;
        state.datasetProperty().addListener((o, was, now) -> {
            rebuildDataset();
            rebuildReference();
            step();
        });
        state.referenceIdProperty().addListener((o, was, now) -> {
            rebuildReference();
            step();
        });
        state.anchorProperty().addListener((o, was, now) -> {
            rebuildReference();
            step();
        });
        state.log10ComputeProperty().addListener((o, was, now) -> step());
        state.colorBlindSafeProperty().addListener((o, was, now) -> {
            rebuildDataset();
            rebuildReference();
            step();
        });
        state.uncertaintyProperty().addListener((o, was, now) -> {
            intervals.set(!now.isEmpty());
            rebuildDataset();
            rebuildReference();
            step();
        });
        intervals.set(!state.uncertainty().isEmpty());
        rebuildDataset();
        rebuildReference();
        step();
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

    public StringProperty referenceIdProperty() {
        return state.referenceIdProperty();
    }

    public ObjectProperty<Anchor> anchorProperty() {
        return state.anchorProperty();
    }

    public DoubleProperty log10ComputeProperty() {
        return state.log10ComputeProperty();
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
    public javafx.beans.property.ReadOnlyBooleanProperty intervalsProperty() {
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
            return Optional.of(ComputeText.format(c) + " FLOP is outside the range "
                    + ComputeText.format(Math.pow(10, sliderMin.get())) + " to " + ComputeText.format(Math.pow(10, sliderMax.get())) + " FLOP");
        }
        state.log10ComputeProperty().set(l);
        return Optional.empty();
    }

    /** Moves the cursor by whole or fractional decades, staying in range. */
    public void nudge(double decades) {
        setLog10(state.log10ComputeProperty().get() + decades);
    }

    public void toStart() {
        setLog10(sliderMin.get());
    }

    public void toEnd() {
        setLog10(sliderMax.get());
    }

    /** Puts the cursor at {@code compute}, e.g. where the user clicked on a chart. */
    public void pick(double compute) {
        if (compute > 0) setLog10(Math.log10(compute));
    }

    private void setLog10(double v) {
        // round to 1e-9 decades so keyboard steps land on exact tenths (1e22, not 9.9999e21)
        double r = Math.rint(v * 1e9) / 1e9;
        state.log10ComputeProperty().set(Math.max(sliderMin.get(), Math.min(sliderMax.get(), r)));
    }

    // ---- recomputation ------------------------------------------------------------------------------------------

    private Dataset dataset() {
        return state.dataset();
    }

    private Algorithm reference() {
        return dataset().findAlgorithm(state.referenceIdProperty().get()).orElse(dataset().algorithms().get(0));
    }

    private String colorOf(Algorithm a) {
        return state.colorOf(a);
    }

    private void rebuildDataset() {
        Dataset d = dataset();
        // replaced only when they differ: a box whose items are replaced by equal ones goes blank
        List<Choice> choices = d.algorithms().stream().map(a -> new Choice(a.id(), a.name())).toList();
        org.scalingexplorer.ui.Lists.update(references, choices);
        double lo = 12;
        double hi = 28;
        for (Algorithm a : d.algorithms()) {
            for (Run r : a.runs()) {
                lo = Math.min(lo, Math.floor(Math.log10(r.compute())));
                hi = Math.max(hi, Math.ceil(Math.log10(r.compute())));
            }
        }
        sliderMin.set(lo);
        sliderMax.set(hi);
        if (state.log10ComputeProperty().get() < lo || state.log10ComputeProperty().get() > hi) state.log10ComputeProperty().set((lo + hi) / 2);

        double[] grid = CegCurves.logGrid(Math.pow(10, lo), Math.pow(10, hi), SAMPLES);
        List<ChartData.Series> series = new ArrayList<>();
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = 0;
        for (Algorithm a : d.algorithms()) {
            double[] ys = CegCurves.losses(a.law(), grid);
            ChartData.Band band = state.uncertainty().lossBand(a.id(), grid).map(b -> new ChartData.Band(grid, b[0], b[1])).orElse(null);
            series.add(new ChartData.Series(a.id(), a.name(), colorOf(a), splitByRange(a.law(), grid, ys),
                    a.runs().stream().mapToDouble(Run::compute).toArray(), a.runs().stream().mapToDouble(Run::loss).toArray(),
                    a.whatIf() ? "what-if" : band != null ? "fit" : "", band));
            double top = a.law().measuredRange().map(r -> a.law().loss(r.min())).orElse(a.law().loss(Math.pow(10, lo)));
            yMax = Math.max(yMax, top);
            for (double y : ys) yMin = Math.min(yMin, y);
            for (Run r : a.runs()) {
                yMin = Math.min(yMin, r.loss());
                yMax = Math.max(yMax, r.loss());
            }
        }
        lossPlot.set(new ChartData.Plot("", "Training compute (FLOP)", "Loss (" + d.metadata().lossUnit() + ")", series,
                Math.pow(10, lo), Math.pow(10, hi), yMin / 1.04, yMax * 1.04, List.of(), Double.NaN));
    }

    /** Solid over the measured range, dashed outside it. */
    private static List<ChartData.Line> splitByRange(ScalingLaw law, double[] xs, double[] ys) {
        boolean[] outside = new boolean[xs.length];
        for (int i = 0; i < xs.length; i++) outside[i] = law.isExtrapolated(xs[i]);
        return splitByFlag(xs, ys, outside);
    }

    private void rebuildReference() {
        Dataset d = dataset();
        Algorithm ref = reference();
        Anchor anchor = state.anchorProperty().get();
        ChartData.Plot loss = lossPlot.get();
        double[] grid = CegCurves.logGrid(loss.xMin(), loss.xMax(), SAMPLES);
        List<ChartData.Series> series = new ArrayList<>();
        double yMin = 1;
        double yMax = 1;
        for (Algorithm a : d.algorithms()) {
            // a law on another loss scale has no CEG against the reference: its loss curve is drawn, no CEG curve
            if (a == ref || !d.comparability(ref, a).comparable()) continue;
            double[] ys = CegCurves.cegs(ref.law(), a.law(), anchor, grid);
            boolean[] extrapolated = CegCurves.cegExtrapolated(ref.law(), a.law(), anchor, grid);
            // a CEG between scales only assumed comparable says so in its legend
            String name = a.name() + (d.comparability(ref, a).assumed() ? " (scales assumed comparable)" : "");
            series.add(new ChartData.Series(a.id(), name, colorOf(a), splitByFlag(grid, ys, extrapolated), new double[0], new double[0],
                    a.whatIf() ? "what-if" : ""));
            for (double y : ys) {
                if (y > 0 && Double.isFinite(y)) {
                    yMin = Math.min(yMin, y);
                    yMax = Math.max(yMax, y);
                }
            }
        }
        yMin = Math.max(yMin, 1e-8);
        yMax = Math.min(yMax, 1e14);
        List<ChartData.Marker> markers = new ArrayList<>();
        List<Algorithm> comparable = d.algorithms().stream().filter(a -> d.comparability(ref, a).comparable()).toList();
        for (CegCurves.Crossover x : CegCurves.crossovers(comparable, ref, anchor, loss.xMin(), loss.xMax())) {
            String other = x.first().equals(ref.id()) ? x.second() : x.second().equals(ref.id()) ? x.first() : null;
            String label = other != null
                    ? d.algorithm(other).name() + " overtakes " + ref.name() + " at " + ComputeText.format(x.compute())
                    : "crossover at " + ComputeText.format(x.compute());
            markers.add(new ChartData.Marker(x.compute(), Double.isFinite(x.ceg()) ? x.ceg() : 1, "#444444", label));
        }
        cegPlot.set(new ChartData.Plot("", "Training compute (FLOP)", "CEG against " + ref.name() + " (×)", series,
                loss.xMin(), loss.xMax(), yMin / 1.5, yMax * 1.5, markers, 1.0));
        lossPlot.set(new ChartData.Plot(lossTitle(ref, anchor), loss.xLabel(), loss.yLabel(), loss.series(), loss.xMin(), loss.xMax(),
                loss.yMin(), loss.yMax(), loss.markers(), loss.referenceLineY()));
        cegPlot.set(withTitle(cegPlot.get(), "CEG against " + ref.name() + " across compute, anchored at the " + anchor.id()
                + " (flat = scale-invariant, rising = scale-dependent)"));
    }

    private static ChartData.Plot withTitle(ChartData.Plot p, String title) {
        return new ChartData.Plot(title, p.xLabel(), p.yLabel(), p.series(), p.xMin(), p.xMax(), p.yMin(), p.yMax(), p.markers(), p.referenceLineY());
    }

    static String lossTitle(Algorithm ref, Anchor anchor) {
        return "Loss vs compute. Reference: " + ref.name() + "; anchored at the " + anchor.id()
                + (anchor == Anchor.REFERENCE ? " (" + ref.name() + " trains with C)" : " (each candidate trains with C)");
    }

    /** Pieces of constant {@code flag}, dashed where it is set, overlapping by one sample so that they join. */
    private static List<ChartData.Line> splitByFlag(double[] xs, double[] ys, boolean[] flag) {
        return ChartData.splitByFlag(xs, ys, flag);
    }

    /** Recomputes what depends on the cursor: the table, both overlays and the readout. */
    private void step() {
        Dataset d = dataset();
        Algorithm ref = reference();
        Anchor anchor = state.anchorProperty().get();
        double c = state.compute();
        computeText.set(ComputeText.format(c));
        List<CegRow> newRows = new ArrayList<>();
        List<ChartData.Segment> segments = new ArrayList<>();
        List<ChartData.Marker> markers = new ArrayList<>();
        List<ChartData.Label> labels = new ArrayList<>();
        List<ChartData.Marker> cegMarkers = new ArrayList<>();
        StringBuilder sentences = new StringBuilder();
        StringBuilder compact = new StringBuilder("At " + ComputeText.format(c) + " FLOP, against " + ref.name() + ":");
        double refLoss = ref.law().loss(c);
        if (anchor == Anchor.REFERENCE) markers.add(new ChartData.Marker(c, refLoss, colorOf(ref), ""));
        for (Algorithm a : d.algorithms()) {
            String color = colorOf(a);
            Comparability same = d.comparability(ref, a);
            if (!same.comparable()) {
                // drawn, never matched: the loss is shown, the CEG refused with the reason
                String scale = d.lossScale(a.lossScale()).name();
                newRows.add(new CegRow(a.id(), a.name(), color, String.format(Locale.ROOT, "%.4f", a.law().loss(c)), "—", "not comparable", "",
                        Double.NaN, "other loss scale", a.name() + ": " + same.reason() + ".", false));
                labels.add(new ChartData.Label(c, a.law().loss(c), color, a.name() + ": other loss scale, no CEG"));
                compact.append(compact.charAt(compact.length() - 1) == ':' ? " " : ", ").append(a.name()).append(" not comparable");
                continue;
            }
            CegResult r = Ceg.between(ref.law(), a.law(), anchor, c);
            boolean isRef = a == ref;
            // two scales declared comparable by the user: every number resting on it says so
            String assumed = same.assumed() ? " *" : "";
            String sentence = sentence(a, ref, r, c) + (same.assumed() ? " (" + same.reason() + ")" : "");
            newRows.add(new CegRow(a.id(), a.name(), color, String.format(Locale.ROOT, "%.4f", a.law().loss(c)),
                    r.matchedCompute().isPresent() ? ComputeText.format(r.matchedCompute().getAsDouble()) : "unreachable",
                    (r.ceg().isPresent() ? ComputeText.multiplier(r.value()) + "×" : "unreachable") + assumed,
                    isRef ? "" : state.uncertainty().ceg(ref, a, anchor, c).map(ExplorerViewModel::intervalText).orElse(""), r.ceg().orElse(Double.NaN),
                    flags(r) + (same.assumed() ? (flags(r).isEmpty() ? "" : ", ") + "scales assumed comparable" : ""), sentence, isRef));
            if (isRef) continue;
            if (sentences.length() > 0) sentences.append(' ');
            sentences.append(sentence);
            compact.append(compact.charAt(compact.length() - 1) == ':' ? " " : ", ").append(a.name()).append(' ')
                    .append(r.ceg().isPresent() ? ComputeText.multiplier(r.value()) + "×" : "unreachable").append(assumed);
            double target = r.targetLoss();
            if (anchor == Anchor.CANDIDATE) markers.add(new ChartData.Marker(c, target, color, ""));
            if (r.unreachable()) {
                labels.add(new ChartData.Label(c, target, color, a.name() + ": never reaches this loss"));
                continue;
            }
            double matched = r.matchedCompute().getAsDouble();
            segments.add(new ChartData.Segment(c, target, matched, target, color, true));
            markers.add(new ChartData.Marker(matched, target, anchor == Anchor.REFERENCE ? color : colorOf(ref), ""));
            labels.add(new ChartData.Label(anchor == Anchor.REFERENCE ? matched : c, target, color, a.name() + ": " + gainText(r.value()) + (same.assumed() ? " (scales assumed comparable)" : "")));
            cegMarkers.add(new ChartData.Marker(c, r.value(), color, ""));
        }
        updateRows(newRows);
        lossOverlay.set(new ChartData.Overlay(c, segments, markers, labels));
        cegOverlay.set(new ChartData.Overlay(c, List.of(), cegMarkers, List.of()));
        summary.set(sentences.toString());
        readout.set(compact.toString());
    }

    /** Replaces only the rows that changed; the slots keep their places, so the table only updates those cells' texts. */
    private void updateRows(List<CegRow> newRows) {
        if (rows.size() != newRows.size()) {
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

    /** {@code 180× to 330×}. */
    static String intervalText(org.scalingexplorer.model.fit.Bootstrap.Interval i) {
        return ComputeText.multiplier(i.low()) + "× to " + ComputeText.multiplier(i.high()) + "×";
    }

    /** {@code 259× less compute}, or {@code 3.1× more compute} when the candidate is less efficient. */
    static String gainText(double ceg) {
        if (Math.abs(ceg - 1) < 5e-4) return "same compute";
        return ceg >= 1 ? ComputeText.multiplier(ceg) + "× less compute" : ComputeText.multiplier(1 / ceg) + "× more compute";
    }

    /** "At 1.00e22 FLOP, Transformer (2017) needs 259 times less compute than LSTM." */
    static String sentence(Algorithm a, Algorithm ref, CegResult r, double c) {
        String at = "At " + ComputeText.format(c) + " FLOP, ";
        if (a == ref) return at + a.name() + " is the reference.";
        if (r.unreachable()) {
            return at + (r.anchor() == Anchor.REFERENCE ? a.name() + " can never reach the loss " + ref.name() + " reaches."
                    : ref.name() + " can never reach the loss " + a.name() + " reaches.");
        }
        double v = r.value();
        String how = v >= 1 ? ComputeText.multiplier(v) + " times less" : ComputeText.multiplier(1 / v) + " times more";
        return at + a.name() + " needs " + how + " compute than " + ref.name() + (r.extrapolated() ? " (extrapolated)." : ".");
    }

    private static String flags(CegResult r) {
        List<String> f = new ArrayList<>();
        if (r.unreachable()) f.add("unreachable");
        if (r.extrapolated()) f.add("extrapolated");
        return String.join(", ", f);
    }
}
