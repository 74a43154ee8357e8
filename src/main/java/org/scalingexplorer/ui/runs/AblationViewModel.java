package org.scalingexplorer.ui.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.figure.AblationFigure;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.fit.Ablation;
import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.model.fit.FromRuns;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Choice;
import org.scalingexplorer.ui.Jobs;
import org.scalingexplorer.ui.Task;

/**
 * Ablations at one size: every other imported algorithm against the baseline, {@code C_baseline(L*) / C_variant(L*)}
 * at a target loss (by default the higher of each pair's final losses), seeds paired, a mean with its 95% interval;
 * a run that never reaches the target is flagged. A measured multiplier becomes a scale-invariant innovation whose
 * source says which runs it came from.
 */
public final class AblationViewModel {
    /** One variant's multiplier, as the table shows it. */
    public record Row(String variant, String multiplier, String interval, String n, String flags, String note) {
    }

    /** The last measurement, for the chart and for adding an innovation. */
    record Measured(List<Ablation.Result> results, Ablation.Method method, double target) {
    }

    public static final List<Choice> METHODS = List.of(new Choice("interpolate", "Interpolate in log compute"),
            new Choice("nearest", "Nearest logged row (the paper's)"));
    /** The size choice meaning every size. */
    public static final Choice ALL_SIZES = new Choice("0", "All sizes");

    private final AppState state;
    private final RunsSession session;
    private final Task task;
    private final ObservableList<String> algorithms = FXCollections.observableArrayList();
    private final StringProperty baseline = new SimpleStringProperty(this, "baseline");
    private final ObservableList<Choice> sizes = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> size = new SimpleObjectProperty<>(this, "size", ALL_SIZES);
    private final StringProperty target = new SimpleStringProperty(this, "target", "final");
    private final ObjectProperty<Choice> method = new SimpleObjectProperty<>(this, "method", METHODS.get(0));
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Measured> measured = new ReadOnlyObjectWrapper<>(this, "measured");
    private final IntegerProperty year = new SimpleIntegerProperty(this, "year", 2024);
    private final BooleanProperty baselineHasIt = new SimpleBooleanProperty(this, "baselineHasIt");

    public AblationViewModel(AppState state, RunsSession session, Executor ui) {
        this.state = state;
        this.session = session;
        this.task = new Task(new Jobs(Runnable::run, ui));
        session.importedProperty().addListener((o, was, now) -> imported(now));
        imported(session.imported());
    }

    public ObservableList<String> algorithms() {
        return algorithms;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public ObservableList<Choice> sizes() {
        return sizes;
    }

    public ObjectProperty<Choice> sizeProperty() {
        return size;
    }

    /** "final" or a loss. */
    public StringProperty targetProperty() {
        return target;
    }

    public ObjectProperty<Choice> methodProperty() {
        return method;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The year an innovation added from a row is active from. */
    public IntegerProperty yearProperty() {
        return year;
    }

    /**
     * Whether the baseline is the newer form and each variant swaps one innovation back (the paper's ablations): an
     * innovation added from a row then gains the inverse of the row's multiplier.
     */
    public BooleanProperty baselineHasInnovationProperty() {
        return baselineHasIt;
    }

    public ReadOnlyObjectProperty<?> measuredProperty() {
        return measured.getReadOnlyProperty();
    }

    public Task task() {
        return task;
    }

    public ChartExport.Drawing drawing(ChartStyle style) {
        Measured m = measured.get();
        if (m == null || m.results().isEmpty()) return Drawings.empty("Choose a baseline and Measure", style);
        return AblationFigure.drawing(m.results(), targetText(m.target()), style);
    }

    /** Measures every other algorithm at the chosen size against the baseline; returns why not when it cannot. */
    public Optional<String> measure() {
        RunsSession.Imported in = session.imported();
        if (in == null) return task.refuse("import training curves first");
        Map<String, List<Curve>> runs = atSize(in.byAlgorithm());
        List<Curve> base = runs.get(baseline.get());
        if (base == null || base.isEmpty()) return task.refuse("the baseline has no runs at this size; choose another baseline or size");
        double t = Double.NaN;
        String text = target.get() == null ? "" : target.get().trim();
        if (!text.isEmpty() && !text.equalsIgnoreCase("final")) {
            try {
                t = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return task.refuse("the target must be a loss such as 5.277, or final, got '" + text + "'");
            }
            if (!(t > 0 && t < 1e6)) return task.refuse("the target loss must be above 0, got " + text);
        }
        Ablation.Method m = Ablation.Method.parse(method.get().id());
        List<Ablation.Result> results = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (var e : runs.entrySet()) {
            if (e.getKey().equals(baseline.get())) continue;
            try {
                results.add(Ablation.measure(e.getKey(), base, e.getValue(), t, m));
            } catch (IllegalArgumentException ex) {
                failed.add(e.getKey() + ": " + ex.getMessage());
            }
        }
        if (results.isEmpty()) return task.refuse(failed.isEmpty() ? "no other algorithm has runs at this size to compare" : String.join("; ", failed));
        measured.set(new Measured(results, m, t));
        rows.setAll(results.stream().map(AblationViewModel::row).toList());
        task.finish(String.format(Locale.ROOT, "Measured %d variant(s) against %s at %s", results.size(), baseline.get(), targetText(t))
                + (failed.isEmpty() ? "" : "; not measured: " + String.join("; ", failed)));
        return Optional.empty();
    }

    /** Adds the variant's measured multiplier as a scale-invariant innovation; returns its id. */
    public Optional<String> addAsInnovation(String variant) {
        Measured m = measured.get();
        Ablation.Result r = m == null ? null : m.results().stream().filter(x -> x.variant().equals(variant)).findFirst().orElse(null);
        if (r == null) {
            task.refuse("measure first, then choose a variant");
            return Optional.empty();
        }
        Dataset d = state.dataset();
        boolean inverse = baselineHasIt.get();
        String base = Ids.slug(variant) + "-measured";
        String id = base;
        for (int k = 2; d.findInnovation(id).isPresent(); k++) id = base + "-" + k;
        String name = (inverse ? variant + " to " + baseline.get() : baseline.get() + " to " + variant) + " (measured)";
        Optional<Innovation.ScaleInvariant> i = FromRuns.innovation(id, name, year.get(), r, FromRuns.ablationProvenance(r, m.method(), m.target()), inverse);
        if (i.isEmpty()) {
            task.refuse(variant + " never reaches the target loss: there is no multiplier to add");
            return Optional.empty();
        }
        List<Innovation> all = new ArrayList<>(d.innovations());
        all.add(i.get());
        state.edit(d.withInnovations(all));
        task.finish(String.format(Locale.ROOT, "Added %s (%s) to the innovations, active from %d%s", i.get().name(),
                Ids.times(i.get().multiplier()), year.get(), !inverse && i.get().multiplier() < 1
                        ? "; below 1x: the variant needs more compute. If the baseline is the newer form, tick \"Baseline has the innovation\""
                        : ""));
        return Optional.of(id);
    }

    private Map<String, List<Curve>> atSize(Map<String, List<Curve>> all) {
        int s = size.get() == null ? 0 : Integer.parseInt(size.get().id());
        if (s == 0) return all;
        Map<String, List<Curve>> out = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            List<Curve> at = v.stream().filter(c -> c.size() == s).toList();
            if (!at.isEmpty()) out.put(k, at);
        });
        return out;
    }

    private void imported(RunsSession.Imported in) {
        List<Choice> s = new ArrayList<>(List.of(ALL_SIZES));
        if (in != null) in.sizes().forEach(x -> s.add(new Choice(String.valueOf(x), "Size " + x)));
        sizes.setAll(s);
        size.set(s.size() == 2 ? s.get(1) : ALL_SIZES);
        AlgorithmChoices.show(algorithms, baseline, in);
        measured.set(null);
        rows.clear();
    }

    static Row row(Ablation.Result r) {
        String m = r.multiplier().isPresent() ? Ids.times(r.multiplier().getAsDouble()) : r.bound().map(Ablation.Bound::text).orElse("not observed");
        String ci = !Double.isNaN(r.low()) ? Ids.times(r.low()) + " to " + Ids.times(r.high()) : "none";
        List<String> notes = new ArrayList<>();
        if (Double.isNaN(r.low())) r.ciReason().ifPresent(notes::add);
        if (r.notObserved() > 0) {
            notes.add(r.notObserved() + " of " + r.pairs().size() + " pair(s) do not both cross the target within their rows"
                    + (r.flags().contains("paper-rule") ? " (the paper's rule uses their closest rows)" : r.multiplier().isPresent() ? "; left out" : ""));
        }
        r.skipped().forEach((reason, files) -> notes.add(files.size() + " run(s) left out: " + reason));
        return new Row(r.variant(), m, ci, r.n() + switch (r.pairing()) {
            case SEEDS -> "";
            case SINGLE -> " (one pair)";
            case ONE_AGAINST_MANY -> " (one against many)";
            case UNPAIRED -> " (unpaired)";
        }, String.join(", ", r.flags()), String.join("; ", notes));
    }

    static String targetText(double t) {
        return Double.isNaN(t) ? "the higher of each pair's final losses" : "loss " + t;
    }
}
