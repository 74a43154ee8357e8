package org.scalingexplorer.ui.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.figure.ScaleDependenceFigure;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.LossScale;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.model.fit.FromRuns;
import org.scalingexplorer.model.fit.Frontier;
import org.scalingexplorer.model.fit.ScaleDependence;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.LogChartRenderer;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Jobs;
import org.scalingexplorer.ui.Task;
import org.scalingexplorer.ui.WindowState;

/**
 * Whether a variant's gain over a baseline grows with scale: both frontiers fitted (E fixed at the paper's 1.9 or
 * free, in one window) with independent bootstraps over runs; the CEG against compute with its band; the exponents'
 * difference with its interval and the verdict, with the compute range it rests on and how far the chart goes
 * beyond it. The pair becomes two algorithms and a scale-dependent innovation (the variant over the baseline, at the
 * anchor chosen), every one saying which runs it came from.
 */
public final class ScaleDependenceViewModel {
    /** The chart shows the CEG this many decades beyond the range both frontiers were fitted over, dashed. */
    static final int DECADES_BEYOND = 2;

    record Compared(String baseline, String variant, List<Curve> baseRuns, List<Curve> variantRuns, Frontier.Options options, Frontier.Result base,
                    Frontier.Result other, ScaleDependence verdict, long seed, String columns) {
    }

    private final AppState state;
    private final RunsSession session;
    private final Executor background;
    private final Executor ui;
    private final Task task;
    private final ObservableList<String> algorithms = FXCollections.observableArrayList();
    private final StringProperty baseline = new SimpleStringProperty(this, "baseline");
    private final StringProperty variant = new SimpleStringProperty(this, "variant");
    private final FitWindow window = new FitWindow();
    private final ObjectProperty<Integer> resamples = new SimpleObjectProperty<>(this, "resamples", Bootstrap.DEFAULT_RESAMPLES);
    private final ObjectProperty<Anchor> anchor = new SimpleObjectProperty<>(this, "anchor", Anchor.REFERENCE);
    private final IntegerProperty year = new SimpleIntegerProperty(this, "year", 2024);
    private final StringProperty verdict = new SimpleStringProperty(this, "verdict", "");
    private final StringProperty margin = new SimpleStringProperty(this, "margin", Numbers.format(ScaleDependence.DEFAULT_MARGIN));
    private final ReadOnlyObjectWrapper<Compared> compared = new ReadOnlyObjectWrapper<>(this, "compared");

    public ScaleDependenceViewModel(AppState state, RunsSession session, Executor background, Executor ui) {
        this.state = state;
        this.session = session;
        this.background = background;
        this.ui = ui;
        this.task = new Task(new Jobs(background, ui));
        session.importedProperty().addListener((o, was, now) -> imported(now));
        imported(session.imported());
    }

    public ObservableList<String> algorithms() {
        return algorithms;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public StringProperty variantProperty() {
        return variant;
    }

    /** The compute window the fit is made in. */
    public FitWindow window() {
        return window;
    }

    public ObjectProperty<Integer> resamplesProperty() {
        return resamples;
    }

    public ObjectProperty<Anchor> anchorProperty() {
        return anchor;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    /** The equivalence margin, a factor per decade: "scale-invariant" needs the whole interval inside 1/margin to margin. */
    public StringProperty marginProperty() {
        return margin;
    }

    /** The verdict, the exponents' difference and what it rests on, in words. */
    public StringProperty verdictProperty() {
        return verdict;
    }

    public ReadOnlyObjectProperty<?> comparedProperty() {
        return compared.getReadOnlyProperty();
    }

    public Task task() {
        return task;
    }

    public ChartExport.Drawing drawing(ChartStyle style) {
        Compared c = compared.get();
        if (c == null) return Drawings.empty("Choose a baseline and a variant, each run at several sizes, and Compare", style);
        return LogChartRenderer.drawing(ScaleDependenceFigure.plot(c.baseline(), c.base(), Map.of(c.variant(), c.other()),
                Map.of(c.variant(), c.verdict()), Bootstrap.DEFAULT_LEVEL), style);
    }

    /** Fits both frontiers with their bootstraps off the FX thread; returns why not when it cannot. */
    public Optional<String> compare() {
        RunsSession.Imported in = session.imported();
        if (in == null) return task.refuse("import training curves first");
        Map<String, List<Curve>> runs = in.byAlgorithm();
        String b = baseline.get();
        String v = variant.get();
        if (b == null || v == null || !runs.containsKey(b) || !runs.containsKey(v)) return task.refuse("choose a baseline and a variant");
        if (b.equals(v)) return task.refuse("the variant must differ from the baseline");
        int n = resamples.get() == null ? 0 : resamples.get();
        if (n < 10 || n > Bootstrap.MAX_RESAMPLES) return task.refuse("the verdict rests on a bootstrap: 10 to " + Bootstrap.MAX_RESAMPLES + " resamples");
        double perDecade;
        try {
            perDecade = Double.parseDouble(margin.get() == null ? "" : margin.get().trim());
        } catch (NumberFormatException e) {
            return task.refuse("the margin must be a factor per decade, such as 1.1");
        }
        if (!(perDecade > 1 && perDecade <= ScaleDependence.MAX_MARGIN)) return task.refuse("the margin must be a factor per decade above 1 and at most 10");
        Frontier.Options o;
        try {
            o = new Frontier.Options(Frontier.Options.PAPER_E, window.range(), Frontier.Method.ENVELOPE);
        } catch (IllegalArgumentException e) {
            return task.refuse(e.getMessage());
        }
        List<Curve> baseRuns = runs.get(b);
        List<Curve> variantRuns = runs.get(v);
        long seed = 1;
        String columns = in.columns();
        task.run("Fitting both frontiers with " + n + " bootstrap refits each ...", true, job -> {
            IntConsumer count = job.counter(2 * n);
            Frontier.Result base = Frontier.fit(baseRuns, o, n, seed, Bootstrap.DEFAULT_LEVEL, count, job.stop());
            Frontier.Result other = Frontier.fit(variantRuns, o, n, seed + 1, Bootstrap.DEFAULT_LEVEL,
                    count == null ? null : done -> count.accept(n + done), job.stop());
            ScaleDependence sd = ScaleDependence.of(base, other, Bootstrap.DEFAULT_LEVEL, perDecade);
            return new Compared(b, v, baseRuns, variantRuns, o, base, other, sd, seed, columns);
        }, c -> {
            compared.set(c);
            verdict.set(describe(c));
            task.finish("Compared " + v + " with " + b);
        }, e -> e instanceof CancellationException ? "Cancelled; nothing was compared" : "The comparison failed: " + e.getMessage());
        return Optional.empty();
    }

    /**
     * Adds both fits as algorithms (on the runs' own loss scale) and the variant's gain as a scale-dependent
     * innovation at the chosen anchor; returns the innovation's id.
     */
    public Optional<String> addAsInnovation() {
        Compared c = compared.get();
        if (c == null) {
            task.refuse("compare first");
            return Optional.empty();
        }
        Dataset d = state.dataset();
        String scaleId = "runs-" + Ids.slug(c.baseline());
        LossScale scale = new LossScale(scaleId, "Runs of " + c.baseline() + " and " + c.variant(), "the data of " + FromRuns.files(c.baseRuns()), "", "");
        String baseId = free(d, "runs-" + Ids.slug(c.baseline()));
        String variantId = free(d, "runs-" + Ids.slug(c.variant()));
        if (baseId.equals(variantId)) variantId = variantId + "-2";
        AppliedFit base = FromRuns.algorithm(baseId, c.baseline() + " (runs)", scaleId, c.base(), c.options(),
                FromRuns.frontierProvenance(c.baseRuns(), c.options(), c.columns(), c.base(), c.seed()), c.seed());
        AppliedFit other = FromRuns.algorithm(variantId, c.variant() + " (runs)", scaleId, c.other(), c.options(),
                FromRuns.frontierProvenance(c.variantRuns(), c.options(), c.columns(), c.other(), c.seed() + 1), c.seed() + 1);
        String source = FromRuns.MEASURED + ": the CEG of " + c.variant() + "'s frontier over " + c.baseline() + "'s. " + describe(c);
        String idBase = Ids.slug(c.variant()) + "-vs-" + Ids.slug(c.baseline());
        String reference = baseId;
        String candidate = variantId;
        String[] added = new String[1];
        // both fitted algorithms and the innovation between them: one change, one step to undo
        state.update(s -> {
            WindowState t = s.applyFit(base, scale).applyFit(other, null);
            Dataset now = t.dataset();
            String innovationId = idBase;
            for (int k = 2; now.findInnovation(innovationId).isPresent(); k++) innovationId = idBase + "-" + k;
            List<Innovation> all = new ArrayList<>(now.innovations());
            all.add(new Innovation.ScaleDependent(innovationId, c.variant() + " over " + c.baseline() + " (measured)", year.get(), candidate, reference,
                    anchor.get(), List.of(), source));
            added[0] = innovationId;
            return t.edit(now.withInnovations(all));
        });
        String innovationId = added[0];
        task.finish("Added " + c.baseline() + " (runs), " + c.variant() + " (runs) and the innovation " + innovationId);
        return Optional.of(innovationId);
    }

    public void cancel() {
        task.cancel();
    }

    private static String free(Dataset d, String base) {
        String id = base;
        for (int k = 2; d.findAlgorithm(id).isPresent(); k++) id = base + "-" + k;
        return id;
    }

    private void imported(RunsSession.Imported in) {
        List<String> names = AlgorithmChoices.show(algorithms, baseline, in);
        variant.set(names.stream().filter(n -> !n.equals(baseline.get())).findFirst().orElse(null));
        // the same starting window as the frontier tab: runs outside the paper's are compared over their own range
        window.imported(in);
        compared.set(null);
        verdict.set("");
    }

    /** The verdict with the numbers it rests on: the CEG at both ends of the shared range, the interval, the reason, the exponents. */
    static String describe(Compared c) {
        ScaleDependence sd = c.verdict();
        String d = sd.describe();
        StringBuilder b = new StringBuilder(Character.toUpperCase(d.charAt(0)) + d.substring(1)).append(". ");
        b.append(String.format(Locale.ROOT, "Exponent difference (variant - baseline) %+.4f", sd.alphaDifference()));
        sd.alphaInterval().ifPresent(i -> b.append(String.format(Locale.ROOT, ", 95%% interval %+.4f to %+.4f", i.low(), i.high())));
        b.append(". ");
        for (var w : c.base().warnings()) b.append(c.baseline()).append(": ").append(w.message()).append(". ");
        for (var w : c.other().warnings()) b.append(c.variant()).append(": ").append(w.message()).append(". ");
        if (sd.range().isPresent()) {
            b.append(String.format(Locale.ROOT, "The chart extends %d decades beyond the shared range on each side, dashed: extrapolated.", DECADES_BEYOND));
        }
        return b.toString().strip();
    }
}
