package org.scalingexplorer.ui.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.figure.CurvesFigure;
import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.runs.CurveLayout;
import org.scalingexplorer.io.runs.CurvesReader;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.LossScale;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.model.fit.FromRuns;
import org.scalingexplorer.model.fit.Frontier;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.LogChartRenderer;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Choice;
import org.scalingexplorer.ui.Jobs;
import org.scalingexplorer.ui.Task;

/**
 * The compute-efficient frontier of one imported algorithm: the window, E fixed or free, envelope or final points,
 * the bootstrap over runs; the fit runs off the FX thread (with progress and Cancel) and its law, intervals and
 * provenance are shown beside the runs' curves. The fit becomes an algorithm of the dataset on a loss scale the user
 * picks (by default one of the runs' own: a CEG against the dataset's algorithms is then refused, as it should be).
 */
public final class FrontierViewModel {
    /** A parameter with its interval ("" without a bootstrap). */
    public record ParameterRow(String name, String value, String low, String high) {
    }

    /** The last fit: what it was fitted to and how, for the chart and for adding it. */
    record Fitted(String algorithm, List<Curve> curves, Frontier.Options options, Frontier.Result result, long seed, String provenance, String loss) {
    }

    public static final List<Choice> METHODS = List.of(new Choice("envelope", "Envelope of all logged points"),
            new Choice("final", "Final point of each run"));

    private final AppState state;
    private final RunsSession session;
    private final Executor background;
    private final Executor ui;
    private final Task task;
    private final ObservableList<String> algorithms = FXCollections.observableArrayList();
    private final StringProperty algorithm = new SimpleStringProperty(this, "algorithm");
    private final FitWindow window = new FitWindow();
    private final StringProperty fixedE = new SimpleStringProperty(this, "fixedE", "1.9");
    private final BooleanProperty freeE = new SimpleBooleanProperty(this, "freeE");
    private final BooleanProperty trainingLoss = new SimpleBooleanProperty(this, "trainingLoss");
    private final BooleanProperty theoreticalCompute = new SimpleBooleanProperty(this, "theoreticalCompute");
    private final BooleanProperty paperColumns = new SimpleBooleanProperty(this, "paperColumns");
    private final ObjectProperty<Choice> method = new SimpleObjectProperty<>(this, "method", METHODS.get(0));
    private final ObjectProperty<Integer> resamples = new SimpleObjectProperty<>(this, "resamples", Bootstrap.DEFAULT_RESAMPLES);
    private final ObjectProperty<Integer> seed = new SimpleObjectProperty<>(this, "seed", 1);
    private final ObservableList<ParameterRow> parameters = FXCollections.observableArrayList();
    private final StringProperty provenance = new SimpleStringProperty(this, "provenance", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObservableList<Choice> scales = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> scale = new SimpleObjectProperty<>(this, "scale");
    private final ReadOnlyObjectWrapper<Fitted> fitted = new ReadOnlyObjectWrapper<>(this, "fitted");

    public FrontierViewModel(AppState state, RunsSession session, Executor background, Executor ui) {
        this.state = state;
        this.session = session;
        this.background = background;
        this.ui = ui;
        this.task = new Task(new Jobs(background, ui));
        session.importedProperty().addListener((o, was, now) -> imported(now));
        algorithm.addListener((o, was, now) -> {
            fitted.set(null);
            parameters.clear();
            provenance.set("");
            name.set(now == null ? "" : now + " (runs)");
            rebuildScales();
        });
        state.stateProperty().addListener((o, was, now) -> {
            if (was.dataset() != now.dataset()) rebuildScales();
        });
        imported(session.imported());
    }

    // ---- what the view binds to ---------------------------------------------------------------------------------

    public ObservableList<String> algorithms() {
        return algorithms;
    }

    public StringProperty algorithmProperty() {
        return algorithm;
    }

    /** The compute window the fit is made in. */
    public FitWindow window() {
        return window;
    }

    public StringProperty fixedEProperty() {
        return fixedE;
    }

    public BooleanProperty freeEProperty() {
        return freeE;
    }

    /** Fit the training loss instead of the validation loss (the paper's layout only; the runs are read again). */
    public BooleanProperty trainingLossProperty() {
        return trainingLoss;
    }

    /** Fit against the theoretical FLOPs instead of the profiler's (the paper's layout only). */
    public BooleanProperty theoreticalComputeProperty() {
        return theoreticalCompute;
    }

    /** Whether the runs are in the paper's layout, whose two loss and two compute columns can be chosen here. */
    public ObservableBooleanValue paperColumnsProperty() {
        return paperColumns;
    }

    public ObjectProperty<Choice> methodProperty() {
        return method;
    }

    public ObjectProperty<Integer> resamplesProperty() {
        return resamples;
    }

    public ObjectProperty<Integer> seedProperty() {
        return seed;
    }

    public ObservableList<ParameterRow> parameters() {
        return parameters;
    }

    /** Where the fit comes from, in words: what the algorithm it becomes will carry. */
    public StringProperty provenanceProperty() {
        return provenance;
    }

    /** The name the fit gets as an algorithm. */
    public StringProperty nameProperty() {
        return name;
    }

    /** The loss scales it may be put on: the runs' own, or one of the dataset's. */
    public ObservableList<Choice> scales() {
        return scales;
    }

    public ObjectProperty<Choice> scaleProperty() {
        return scale;
    }

    /** Changes whenever the chart must be redrawn. */
    public ReadOnlyObjectProperty<?> fittedProperty() {
        return fitted.getReadOnlyProperty();
    }

    public Task task() {
        return task;
    }

    /** The chart: every imported algorithm's curves (the chosen one's fit, once fitted) in {@code style}. */
    public ChartExport.Drawing drawing(ChartStyle style) {
        RunsSession.Imported in = session.imported();
        if (in == null) return Drawings.empty("Import training curves to see them here", style);
        Map<String, List<Curve>> runs = in.byAlgorithm();
        String a = algorithm.get();
        Fitted f = fitted.get();
        Map<String, List<Curve>> shown = f != null ? Map.of(f.algorithm(), f.curves()) : a != null && runs.containsKey(a) ? Map.of(a, runs.get(a)) : runs;
        Map<String, Frontier.Result> fits = f == null ? Map.of() : Map.of(f.algorithm(), f.result());
        Frontier.Options o = f != null ? f.options() : new Frontier.Options(Frontier.Options.PAPER_E, windowOrWide(), Frontier.Method.ENVELOPE);
        ChartData.Plot plot = CurvesFigure.plot(shown, fits, o, f != null ? f.loss() : in.layout().lossText());
        return LogChartRenderer.drawing(plot, style);
    }

    // ---- what the user does -------------------------------------------------------------------------------------

    /** Fits the chosen algorithm's frontier off the FX thread; returns why not when the settings are wrong. */
    public Optional<String> fit() {
        RunsSession.Imported in = session.imported();
        if (in == null) return task.refuse("import training curves first");
        List<Curve> curves = in.byAlgorithm().get(algorithm.get());
        if (curves == null) return task.refuse("choose an algorithm to fit");
        Frontier.Options o;
        int n = resamples.get() == null ? 0 : resamples.get();
        try {
            o = options();
            if (n < 0 || n > Bootstrap.MAX_RESAMPLES) throw new IllegalArgumentException("the bootstrap needs 0 to " + Bootstrap.MAX_RESAMPLES + " resamples");
        } catch (IllegalArgumentException e) {
            return task.refuse(e.getMessage());
        }
        String a = algorithm.get();
        long s = seed.get() == null ? 1 : seed.get();
        // the paper's layout holds two losses and two computes: the ones chosen here, reading the runs again if need be
        CurveLayout layout = in.layout();
        if (paperColumns.get()) {
            layout = CurveLayout.paper(trainingLoss.get() ? CurvesReader.LossColumn.TRAINING : CurvesReader.LossColumn.VALIDATION,
                    theoreticalCompute.get() ? CurvesReader.ComputeColumn.THEORETICAL : CurvesReader.ComputeColumn.PROFILER);
        }
        CurveLayout columns = layout;
        boolean reread = !layout.equals(in.layout());
        List<CurvesReader.RunFile> files = in.files(a);
        task.run("Fitting the frontier of " + a + " ...", n > 0, job -> {
            CurvesReader.Result again = reread ? CurvesReader.read(files, columns, null, job.stop()) : null;
            List<Curve> runs = reread ? again.curves() : curves;
            // the columns the files were read by, as they name them
            String used = reread ? again.columns(columns) : in.columns();
            if (runs.isEmpty()) throw new IllegalArgumentException("no run of " + a + " has the " + columns.lossText() + " and " + columns.computeText() + " columns");
            Frontier.Result r = Frontier.fit(runs, o, n, s, Bootstrap.DEFAULT_LEVEL, job.counter(n), job.stop());
            return new Fitted(a, runs, o, r, s, FromRuns.frontierProvenance(runs, o, used, r, s), columns.lossText());
        }, f -> {
                    Frontier.Result r = f.result();
                    String text = f.provenance();
                    fitted.set(f);
                    parameters.setAll(rows(r, !Double.isNaN(o.fixedE())));
                    provenance.set(text);
                    StringBuilder said = new StringBuilder(String.format(Locale.ROOT, "Fitted %s: %d frontier points from %d of %d runs over %.2f decades%s",
                            a, r.points().size(), r.points().runs(), r.runs(), r.decades(),
                            n == 0 ? "" : String.format(Locale.ROOT, ", %,d bootstrap refits (%,d failed)", n, r.bootstrapFailed())));
                    // what a reader must know before trusting it, in the message the eye is on
                    for (var w : r.warnings()) said.append(". ").append(Character.toUpperCase(w.message().charAt(0))).append(w.message().substring(1));
                    task.finish(said.toString());
                }, e -> e instanceof CancellationException ? "Cancelled; no fit was made"
                        : e instanceof InputException ? "The runs could not be read again: " + e.getMessage()
                        : "The fit failed: " + e.getMessage());
        return Optional.empty();
    }

    /** Puts the last fit into the dataset as an algorithm with its provenance; returns its id. */
    public Optional<String> addAsAlgorithm() {
        Fitted f = fitted.get();
        if (f == null) {
            task.refuse("fit the frontier first");
            return Optional.empty();
        }
        Dataset d = state.dataset();
        String base = "runs-" + Ids.slug(f.algorithm());
        String id = base;
        for (int k = 2; d.findAlgorithm(id).isPresent(); k++) id = base + "-" + k;
        String shown = name.get() == null || name.get().isBlank() ? f.algorithm() + " (runs)" : name.get().trim();
        Choice sc = scale.get() == null ? scales.get(0) : scale.get();
        LossScale declare = sc.id().equals(ownScale(f.algorithm())) ? ownScaleOf(f) : null;
        AppliedFit fit = FromRuns.algorithm(id, shown, sc.id(), f.result(), f.options(), f.provenance(), f.seed());
        state.applyFit(fit, declare);
        task.finish("Added " + shown + " to the dataset" + (declare != null ? " on the runs' own loss scale: a CEG against the dataset's algorithms is refused "
                + "until the scales are declared comparable" : " on " + sc.name()));
        return Optional.of(id);
    }

    /** Stops a running fit. */
    public void cancel() {
        task.cancel();
    }

    // ---- inside -------------------------------------------------------------------------------------------------

    private void imported(RunsSession.Imported in) {
        paperColumns.set(in != null && in.layout().preset().equals("paper"));
        if (in != null) {
            trainingLoss.set(in.layout().loss().equals(CurvesReader.LossColumn.TRAINING.header));
            theoreticalCompute.set(in.layout().compute().equals(CurvesReader.ComputeColumn.THEORETICAL.header));
        }
        window.imported(in);
        AlgorithmChoices.show(algorithms, algorithm, in);
        fitted.set(null);
    }

    private void rebuildScales() {
        List<Choice> out = new ArrayList<>();
        String a = algorithm.get();
        if (a != null) out.add(new Choice(ownScale(a), "The runs' own (" + a + "): not comparable with the dataset's"));
        for (LossScale s : state.dataset().metadata().lossScales()) {
            if (a == null || !s.id().equals(ownScale(a))) out.add(new Choice(s.id(), s.name()));
        }
        Choice was = scale.get();
        scales.setAll(out);
        scale.set(was != null && out.contains(was) ? was : out.isEmpty() ? null : out.get(0));
    }

    private static String ownScale(String algorithm) {
        return "runs-" + Ids.slug(algorithm);
    }

    private static LossScale ownScaleOf(Fitted f) {
        String folder = FromRuns.files(f.curves());
        return new LossScale(ownScale(f.algorithm()), "Runs of " + f.algorithm(), "the data of " + folder, "", "");
    }

    Frontier.Options options() {
        ComputeRange w = window.range();
        double e = Double.NaN;
        if (!freeE.get()) {
            try {
                e = Double.parseDouble(fixedE.get().trim());
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("E must be a loss such as 1.9 (or tick Fit E), got '" + fixedE.get() + "'");
            }
            if (!(e >= 0 && e < 100)) throw new IllegalArgumentException("E must be between 0 and 100 nats, got " + fixedE.get());
        }
        return new Frontier.Options(e, w, Frontier.Method.parse(method.get().id()));
    }

    private ComputeRange windowOrWide() {
        try {
            return window.range();
        } catch (IllegalArgumentException e) {
            return new ComputeRange(1, 1e30);
        }
    }

    /** The parameters, each with its bootstrap interval; a fixed E says so and has none. */
    static List<ParameterRow> rows(Frontier.Result r, boolean eFixed) {
        List<ParameterRow> out = new ArrayList<>();
        r.parameters().forEach((k, v) -> {
            Bootstrap.Interval i = r.intervals().get(k);
            boolean fixed = eFixed && k.equals("E");
            boolean shown = i != null && !fixed;
            out.add(new ParameterRow(k, Numbers.parameter(v) + (fixed ? " (fixed)" : ""),
                    shown ? Numbers.parameter(i.low()) : "", shown ? Numbers.parameter(i.high()) : ""));
        });
        return out;
    }
}
