package org.scalingexplorer.ui.fit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.runs.RunsCsvReader;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Names;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.ScalingLaw;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.FitMethod;
import org.scalingexplorer.model.fit.FitOptions;
import org.scalingexplorer.model.fit.FitResult;
import org.scalingexplorer.model.fit.Fitter;
import org.scalingexplorer.model.fit.FromRuns;
import org.scalingexplorer.model.fit.LawKind;
import org.scalingexplorer.model.fit.Uncertainty;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Choice;
import org.scalingexplorer.ui.Jobs;
import org.scalingexplorer.ui.Lists;
import org.scalingexplorer.ui.Task;

/**
 * Fitting laws to runs from the window: pick runs (a CSV file's groups, or an algorithm's runs in the dataset), a
 * law and options; the fit and its bootstrap run in the background with progress and Cancel; the report says
 * everything about the fit; apply puts it into the dataset as a new algorithm or in place of an algorithm's law.
 */
public final class FitViewModel {
    /** A set of runs to fit. {@code file} is null for runs already in the dataset. */
    public record Source(String id, String label, Path file, List<Run> runs) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * A parameter with its interval ("" without a bootstrap): to four significant figures for the table, and at full
     * precision for Copy (the text reads back as the same number).
     */
    public record ParameterRow(String name, String value, String low, String high, String exactValue, String exactLow, String exactHigh) {
    }

    /** Everything the report shows, formatted; {@code fit} and {@code bootstrap} keep the numbers. */
    public record Report(Source source, FitOptions options, FitResult fit, Bootstrap.Result bootstrap, List<ParameterRow> parameters,
                         String quality, String runs, String method, double[] residualComputes, double[] residuals,
                         ComputeRange range) {
    }

    private final AppState state;
    private final Jobs jobs;
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final List<Source> fileSources = new ArrayList<>();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<LawKind> law = new SimpleObjectProperty<>(this, "law", LawKind.SATURATING);
    private final ObjectProperty<Integer> dropHighest = new SimpleObjectProperty<>(this, "dropHighest", 0);
    private final ObjectProperty<Integer> frontierBins = new SimpleObjectProperty<>(this, "frontierBins", 0);
    private final StringProperty minCompute = new SimpleStringProperty(this, "minCompute", "");
    private final StringProperty maxCompute = new SimpleStringProperty(this, "maxCompute", "");
    private final BooleanProperty huber = new SimpleBooleanProperty(this, "huber", false);
    private final ObjectProperty<Integer> resamples = new SimpleObjectProperty<>(this, "resamples", Bootstrap.DEFAULT_RESAMPLES);
    private final ObjectProperty<Integer> seed = new SimpleObjectProperty<>(this, "seed", 1);
    /** Reading and fitting: running, progress (0..1 while resampling, -1 for a fit without), the message, cancel. */
    private final Task task;
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<Choice> targets = FXCollections.observableArrayList();

    /**
     * @param background where files are read and fits run (a worker thread in the app; the bootstrap itself fans
     *                   out over all cores)
     * @param ui         how results come back to the UI thread
     */
    public FitViewModel(AppState state, Executor background, Executor ui) {
        this.state = state;
        this.jobs = new Jobs(background, ui);
        this.task = new Task(jobs);
        state.stateProperty().addListener((o, was, now) -> {
            if (was.dataset() != now.dataset()) rebuildSources();
        });
        rebuildSources();
    }

    // ---- what the view binds to ---------------------------------------------------------------------------------

    public ObservableList<Source> sources() {
        return sources;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObjectProperty<LawKind> lawProperty() {
        return law;
    }

    public ObjectProperty<Integer> dropHighestProperty() {
        return dropHighest;
    }

    public ObjectProperty<Integer> frontierBinsProperty() {
        return frontierBins;
    }

    public StringProperty minComputeProperty() {
        return minCompute;
    }

    public StringProperty maxComputeProperty() {
        return maxCompute;
    }

    public BooleanProperty huberProperty() {
        return huber;
    }

    /** 0 fits without a bootstrap. */
    public ObjectProperty<Integer> resamplesProperty() {
        return resamples;
    }

    public ObjectProperty<Integer> seedProperty() {
        return seed;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return task.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return task.progressProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return task.messageProperty();
    }

    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The algorithms whose law a fit can replace. */
    public ObservableList<Choice> targets() {
        return targets;
    }

    // ---- actions ------------------------------------------------------------------------------------------------

    /** Reads runs to fit from a CSV in the background; each algorithm in it becomes a source. */
    public void loadRuns(Path file) {
        task.say("Reading " + Names.visible(String.valueOf(file.getFileName())) + " ...");
        jobs.run(job -> RunsCsvReader.readForFit(file), groups -> {
                    fileSources.removeIf(s -> file.equals(s.file()));
                    List<Source> added = new ArrayList<>();
                    for (Map.Entry<String, List<Run>> g : groups.entrySet()) {
                        String label = Names.visible(file.getFileName() + (groups.size() == 1 && g.getKey().equals(RunsCsvReader.UNNAMED) ? "" : ": " + g.getKey()))
                                + " (" + g.getValue().size() + " runs)";
                        added.add(new Source(g.getKey(), label, file, g.getValue()));
                    }
                    fileSources.addAll(0, added);
                    rebuildSources();
                    source.set(added.get(0));
                    task.say("Read " + groups.values().stream().mapToInt(List::size).sum() + " runs from " + Names.visible(String.valueOf(file.getFileName())));
                }, e -> task.say(e instanceof InputException ? e.getMessage() : file + " could not be read: " + e.getMessage()));
    }

    /** Starts the fit (and bootstrap) in the background; returns why not when the settings are wrong. */
    public Optional<String> fit() {
        if (task.busy()) return Optional.of("a fit is already running");
        Source s = source.get();
        if (s == null) return refuse("choose runs to fit: open a runs CSV or pick an algorithm with observed runs");
        FitOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
        LawKind kind = law.get();
        int n = resamples.get();
        if (n != 0 && (n < 10 || n > Bootstrap.MAX_RESAMPLES)) {
            return refuse("the bootstrap needs 10 to " + Bootstrap.MAX_RESAMPLES + " resamples (or 0 for none), got " + n);
        }
        if (kind == LawKind.CHINCHILLA && s.runs().stream().noneMatch(r -> r.params() > 0)) {
            return refuse("an L(N, D) fit needs each run's parameters (a params or Model Size column); " + s.label() + " has none");
        }
        long seedValue = seed.get();
        task.run("Fitting " + kind.id() + " to " + s.label() + " ...", n > 0, job -> {
            Bootstrap.Result boot = n == 0 ? null : Bootstrap.run(kind, s.runs(), options, n, seedValue, Bootstrap.DEFAULT_LEVEL, job.counter(n), job.stop());
            return report(s, options, boot == null ? Fitter.fit(kind, s.runs(), options) : boot.fit(), boot);
        }, r -> {
            report.set(r);
            task.finish("Fitted " + kind.id() + " to " + r.fit().used() + " runs" + (r.bootstrap() == null ? "" : " with " + r.bootstrap().samples().size()
                    + " bootstrap refits"));
        }, e -> e instanceof CancellationException ? "Cancelled; no fit was made" : "The fit failed: " + e.getMessage());
        return Optional.empty();
    }

    /** Stops a running fit; the work ends promptly and nothing is changed. */
    public void cancel() {
        task.cancel();
    }

    /** Adds the reported fit as a new algorithm; returns its id. */
    public Optional<String> addAsAlgorithm() {
        Report r = report.get();
        if (r == null) return Optional.empty();
        ScalingLaw law = lawOf(r);
        if (law == null) return Optional.empty();
        Dataset d = state.dataset();
        String base = slug(r.source().id()) + "-" + r.fit().kind().id() + "-fit";
        String id = base;
        for (int k = 2; d.findAlgorithm(id).isPresent(); k++) id = base + "-" + k;
        String name = (r.source().file() == null ? d.algorithm(r.source().id()).name() : r.source().id().equals(RunsCsvReader.UNNAMED)
                ? Names.visible(r.source().file().getFileName().toString()) : Names.visible(r.source().id())) + " (" + r.fit().kind().id() + " fit)";
        // runs of a dataset's algorithm (or a CSV naming one) are on its loss scale; runs of a file that names none are
        // assumed to be on the reference's, and the description says so
        String scale = d.findAlgorithm(r.source().id()).or(() -> d.findAlgorithm(state.view().reference()))
                .map(Algorithm::lossScale).orElse("");
        String assumed = d.findAlgorithm(r.source().id()).isPresent() || scale.isEmpty() ? ""
                : " Loss scale assumed to be the reference's (" + d.lossScale(scale).name() + ").";
        Algorithm a = new Algorithm(id, name, "", FromRuns.FITTED_TO + r.source().label() + ": " + r.method() + assumed, law, r.source().runs(),
                Set.of(), false, scale);
        state.applyFit(new AppliedFit(id, r.source().label(), r.options(), r.fit(), r.bootstrap(), null, a, laws(r), true));
        task.say("Added " + name + " to the dataset");
        return Optional.of(id);
    }

    /** Puts the reported fit in place of {@code algorithmId}'s law, keeping the dataset's law to switch back to. */
    public void replaceLaw(String algorithmId) {
        Report r = report.get();
        if (r == null) return;
        ScalingLaw law = lawOf(r);
        if (law == null) return;
        Dataset d = state.dataset();
        Algorithm current = d.algorithm(algorithmId);
        // an earlier fit of the same algorithm: switch back to the dataset's own before replacing again
        Algorithm original = state.get().fits().stream().filter(f -> f.algorithmId().equals(algorithmId) && f.replaces())
                .map(AppliedFit::original).findFirst().orElse(current);
        Algorithm fitted = original.withLaw(law).withRuns(r.source().file() == null ? original.runs() : r.source().runs())
                .withDescription(FromRuns.FITTED_TO + r.source().label() + ": " + r.method());
        state.applyFit(new AppliedFit(algorithmId, r.source().label(), r.options(), r.fit(), r.bootstrap(), original, fitted, laws(r), true));
        task.say(original.name() + " now uses the fitted law; Algorithms > Fitted Laws switches back");
    }

    // ---- internals ----------------------------------------------------------------------------------------------

    private Optional<String> refuse(String why) {
        task.say(why);
        return Optional.of(why);
    }

    FitOptions options() {
        double lo = minCompute.get().isBlank() ? 0 : ComputeText.parse(minCompute.get());
        double hi = maxCompute.get().isBlank() ? Double.POSITIVE_INFINITY : ComputeText.parse(maxCompute.get());
        return new FitOptions(dropHighest.get(), frontierBins.get(), lo, hi, huber.get());
    }

    private ScalingLaw lawOf(Report r) {
        try {
            return r.fit().kind().law(r.fit().parameters(), Optional.of(r.range()));
        } catch (IllegalArgumentException e) {
            task.say("The fitted law cannot be used: " + e.getMessage());
            return null;
        }
    }

    private static List<ScalingLaw> laws(Report r) {
        return r.bootstrap() == null ? List.of() : Uncertainty.laws(r.bootstrap(), Optional.of(r.range()));
    }

    private static String slug(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return t.isEmpty() ? "runs" : t;
    }

    private void rebuildSources() {
        Dataset d = state.dataset();
        List<Source> all = new ArrayList<>(fileSources);
        for (Algorithm a : d.algorithms()) {
            if (a.runs().size() >= 3) all.add(new Source(a.id(), a.name() + ": runs in the dataset (" + a.runs().size() + ")", null, a.runs()));
        }
        Source was = source.get();
        Lists.update(sources, all);
        source.set(was != null && all.contains(was) ? was : all.isEmpty() ? null : all.get(0));
        List<Choice> t = d.algorithms().stream().map(a -> new Choice(a.id(), a.name())).toList();
        Lists.update(targets, t);
    }

    static Report report(Source s, FitOptions options, FitResult fit, Bootstrap.Result boot) {
        List<ParameterRow> rows = new ArrayList<>();
        for (Map.Entry<String, Double> p : fit.parameters().entrySet()) {
            Bootstrap.Interval i = boot == null ? null : boot.intervals().get(p.getKey());
            rows.add(new ParameterRow(p.getKey(), Numbers.parameter(p.getValue()), i == null ? "" : Numbers.parameter(i.low()), i == null ? "" : Numbers.parameter(i.high()),
                    full(p.getValue()), i == null ? "" : full(i.low()), i == null ? "" : full(i.high())));
        }
        FitOptions.Selection sel = options.select(s.runs());
        double lo = sel.used().get(0).compute();
        double hi = sel.used().get(sel.used().size() - 1).compute();
        double[] xs = sel.used().stream().mapToDouble(Run::compute).toArray();
        String quality = String.format(Locale.ROOT, "R² %.6f on log loss, RMSE %.5f (log loss)", fit.rSquared(), fit.rmse());
        StringBuilder runs = new StringBuilder(fit.used() + " of " + s.runs().size() + " runs used, from " + Numbers.format(lo)
                + " to " + Numbers.format(hi) + " FLOP");
        if (!sel.dropped().isEmpty()) {
            runs.append("; dropped: ");
            runs.append(String.join(", ", sel.dropped().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()));
        }
        return new Report(s, options, fit, boot, rows, quality, runs.toString(), method(fit.kind(), options, boot), xs, fit.residuals(),
                new ComputeRange(lo, hi));
    }

    /** The method and its settings, in words, e.g. for the report and the fitted algorithm's description. */
    static String method(LawKind kind, FitOptions o, Bootstrap.Result boot) {
        return FitMethod.describe(kind, o, boot);
    }

    /** Full precision: the shortest text that reads back as the same double. */
    static String full(double v) {
        return Double.toString(v);
    }
}
