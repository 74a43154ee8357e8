package org.scalingexplorer.ui.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.runs.CurveLayout;
import org.scalingexplorer.io.runs.CurvesReader;
import org.scalingexplorer.io.runs.NamePattern;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Names;
import org.scalingexplorer.ui.Choice;
import org.scalingexplorer.ui.Jobs;
import org.scalingexplorer.ui.Task;

/**
 * The import of training curves: the files chosen are listed (off the FX thread) in an editable table, each with the
 * algorithm its folder or name gives, its size and seed; the user regroups, edits and unticks; then the files are
 * read in the layout chosen, off the FX thread, with progress and Cancel, and what could not be used is counted by
 * reason. A failed or cancelled import leaves the runs imported before as they were.
 */
public final class RunsImportViewModel {
    /** One file in the table: the path is fixed, the rest editable. */
    public static final class Row {
        private final Path path;
        private final BooleanProperty include = new SimpleBooleanProperty(this, "include", true);
        private final StringProperty algorithm = new SimpleStringProperty(this, "algorithm", "");
        private final IntegerProperty size = new SimpleIntegerProperty(this, "size");
        private final LongProperty seed = new SimpleLongProperty(this, "seed");

        Row(CurvesReader.RunFile f) {
            path = f.path();
            set(f);
        }

        void set(CurvesReader.RunFile f) {
            algorithm.set(Names.visible(f.algorithm()));
            size.set(f.size());
            seed.set(f.seed());
        }

        public String file() {
            Path n = path.getFileName();
            return Names.visible(n == null ? path.toString() : n.toString());
        }

        public String folder() {
            Path p = path.toAbsolutePath().getParent();
            return p == null ? "" : Names.visible(p.toString());
        }

        public BooleanProperty includeProperty() {
            return include;
        }

        public StringProperty algorithmProperty() {
            return algorithm;
        }

        public IntegerProperty sizeProperty() {
            return size;
        }

        public LongProperty seedProperty() {
            return seed;
        }

        CurvesReader.RunFile runFile() {
            return new CurvesReader.RunFile(path, algorithm.get(), size.get(), seed.get());
        }
    }

    public static final List<Choice> PRESETS = List.of(new Choice("paper", "Paper (step, validation_loss, total_flops_profiler)"),
            new Choice("wandb", "Weights & Biases export"), new Choice("tensorboard", "TensorBoard export (Wall time, Step, Value)"));

    private static final String ADD = "Add files or a folder of training curves: one CSV per run.";

    private final RunsSession session;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> preset = new SimpleObjectProperty<>(this, "preset", PRESETS.get(0));
    private final BooleanProperty training = new SimpleBooleanProperty(this, "training");
    private final BooleanProperty theoretical = new SimpleBooleanProperty(this, "theoretical");
    private final StringProperty stepColumn = new SimpleStringProperty(this, "stepColumn", "");
    private final StringProperty lossColumn = new SimpleStringProperty(this, "lossColumn", "");
    private final StringProperty computeColumn = new SimpleStringProperty(this, "computeColumn", "");
    private final StringProperty flopsPerStep = new SimpleStringProperty(this, "flopsPerStep", "");
    private final BooleanProperty byPattern = new SimpleBooleanProperty(this, "byPattern");
    private final StringProperty pattern = new SimpleStringProperty(this, "pattern", "^\\d+d?_([A-Za-z]+)");
    private final Task task;
    private final ReadOnlyStringWrapper skipped = new ReadOnlyStringWrapper(this, "skipped", "");
    /** What listing the files found and left out of the table (links, folders too deep, files that are not CSV ...). */
    private final List<CurvesReader.Skip> listedOut = new ArrayList<>();

    public RunsImportViewModel(RunsSession session, Executor background, Executor ui) {
        this.session = session;
        this.background = background;
        this.ui = ui;
        this.task = new Task(new Jobs(background, ui));
        task.refuse(ADD);
        byPattern.addListener((o, was, now) -> regroup());
    }

    // ---- what the view binds to ---------------------------------------------------------------------------------

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Choice> presetProperty() {
        return preset;
    }

    public BooleanProperty trainingLossProperty() {
        return training;
    }

    public BooleanProperty theoreticalComputeProperty() {
        return theoretical;
    }

    public StringProperty stepColumnProperty() {
        return stepColumn;
    }

    public StringProperty lossColumnProperty() {
        return lossColumn;
    }

    public StringProperty computeColumnProperty() {
        return computeColumn;
    }

    public StringProperty flopsPerStepProperty() {
        return flopsPerStep;
    }

    public BooleanProperty byPatternProperty() {
        return byPattern;
    }

    public StringProperty patternProperty() {
        return pattern;
    }

    /** The listing or the import: running, progress, message, Cancel. */
    public Task task() {
        return task;
    }

    /** What the last import could not use, by algorithm and reason, one per line. */
    public ReadOnlyStringProperty skippedProperty() {
        return skipped.getReadOnlyProperty();
    }

    // ---- what the user does -------------------------------------------------------------------------------------

    /** Lists the CSV files under {@code paths} (folders recursively) into the table, off the FX thread. */
    public void add(List<Path> paths) {
        if (task.busy() || paths.isEmpty()) return;
        NamePattern group;
        try {
            group = group();
        } catch (IllegalArgumentException e) {
            task.refuse(e.getMessage());
            return;
        }
        task.run("Listing " + paths.size() + " path(s) ...", false, job -> CurvesReader.plan(paths, group), plan -> {
                    LinkedHashSet<Path> known = new LinkedHashSet<>();
                    rows.forEach(r -> known.add(r.path));
                    listedOut.addAll(plan.skipped());
                    skipped.set(accounting(listedOut, List.of(), Map.of()));
                    int added = 0;
                    for (CurvesReader.RunFile f : plan.files()) {
                        if (!known.add(f.path())) {
                            listedOut.add(new CurvesReader.Skip(f.path().toString(), "", "already in the table: read once"));
                            continue;
                        }
                        if (rows.size() >= CurvesReader.MAX_FILES) {
                            task.finish(String.format(Locale.ROOT, "The table holds its limit of %,d files; import these first", CurvesReader.MAX_FILES));
                            return;
                        }
                        rows.add(new Row(f));
                        added++;
                    }
                    skipped.set(accounting(listedOut, List.of(), Map.of()));
                    task.finish(String.format(Locale.ROOT, "%,d file(s) listed (%,d new%s). Check the algorithm, size and seed of each, then Import.",
                            rows.size(), added, plan.skipped().isEmpty() ? "" : String.format(Locale.ROOT, "; %,d not listed, see below", plan.skipped().size())));
                }, e -> e instanceof InputException ? e.getMessage() : "Could not list the files: " + e.getMessage());
    }

    /** Gives every row the algorithm, size and seed its name or folder says (edits are lost). */
    public void regroup() {
        NamePattern group;
        try {
            group = group();
        } catch (IllegalArgumentException e) {
            task.refuse(e.getMessage());
            return;
        }
        for (Row r : rows) r.set(CurvesReader.runFile(r.path, group));
        long unmatched = rows.stream().filter(r -> r.algorithm.get().isEmpty()).count();
        task.refuse(unmatched == 0 ? "Regrouped " + rows.size() + " file(s)"
                : "Regrouped; " + unmatched + " name(s) do not match the pattern and will be skipped unless given an algorithm");
    }

    /** Empties the table. */
    public void clear() {
        if (task.busy()) return;
        rows.clear();
        listedOut.clear();
        skipped.set("");
        task.refuse(ADD);
    }

    /** Reads the ticked files off the FX thread; returns why not when the settings are wrong. */
    public Optional<String> importRuns() {
        if (task.busy()) return Optional.of("an import is already running");
        List<CurvesReader.RunFile> files = rows.stream().filter(r -> r.include.get()).map(Row::runFile).toList();
        if (files.isEmpty()) return task.refuse("no files to import: add files or a folder, and tick the ones to import");
        List<CurvesReader.Skip> out = new ArrayList<>(listedOut);
        rows.stream().filter(r -> !r.include.get()).forEach(r -> out.add(new CurvesReader.Skip(r.path.toString(), r.algorithm.get(), "not ticked in the table")));
        CurvesReader.Plan plan = new CurvesReader.Plan(files, out);
        CurveLayout layout;
        try {
            layout = layout();
        } catch (IllegalArgumentException e) {
            return task.refuse(e.getMessage());
        }
        task.run(String.format(Locale.ROOT, "Reading %,d file(s) ...", files.size()), true,
                job -> CurvesReader.read(plan, layout, job.counter(files.size()), job.stop()), r -> done(r, layout, files),
                e -> e instanceof CancellationException ? "Import cancelled; the runs imported before are kept"
                        : e instanceof InputException ? e.getMessage() : "The import failed: " + e.getMessage());
        return Optional.empty();
    }

    /** Stops a running import promptly; nothing changes. */
    public void cancel() {
        task.cancel();
    }

    // ---- inside -------------------------------------------------------------------------------------------------

    private void done(CurvesReader.Result r, CurveLayout layout, List<CurvesReader.RunFile> files) {
        skipped.set(accounting(r.skipped(), r.notes(), r.rowsLeft()));
        if (r.curves().isEmpty()) {
            task.finish("None of the " + files.size() + " file(s) is a training curve in the " + layout.preset() + " layout; see what was skipped");
            return;
        }
        session.importedProperty().set(new RunsSession.Imported(r, layout, files));
        long algorithms = r.curves().stream().map(c -> c.algorithm()).distinct().count();
        int skippedFiles = r.skipped().size();
        task.finish(String.format(Locale.ROOT, "Imported %,d run(s) of %d algorithm(s)%s", r.curves().size(), algorithms,
                skippedFiles == 0 ? "" : String.format(Locale.ROOT, "; %,d file(s) not used, listed below", skippedFiles)));
    }

    /** Every file not used with its reason, what was changed in files that were read (with the line), and the rows left out. */
    static String accounting(List<CurvesReader.Skip> skips, List<CurvesReader.Note> notes, Map<String, Map<String, Integer>> rowsLeft) {
        StringBuilder b = new StringBuilder();
        if (!skips.isEmpty()) {
            b.append(String.format(Locale.ROOT, "Not used (%,d file%s):%n", skips.size(), skips.size() == 1 ? "" : "s"));
            for (CurvesReader.Skip k : skips) b.append("  ").append(Names.visible(k.file())).append(": ").append(Names.visible(k.reason())).append('\n');
        }
        if (!notes.isEmpty()) {
            b.append("Changed while read:\n");
            for (CurvesReader.Note n : notes) b.append("  ").append(Names.visible(n.file())).append(", line ").append(n.line()).append(": ").append(n.message()).append('\n');
        }
        rowsLeft.forEach((algorithm, reasons) -> reasons.forEach((reason, n) -> b.append(algorithm).append(": ").append(n).append(' ')
                .append(reason).append(" left out\n")));
        return b.toString().strip();
    }

    private NamePattern group() {
        if (!byPattern.get()) return null;
        return NamePattern.compile(pattern.get(), "the name pattern");
    }

    /** The layout the settings give. */
    CurveLayout layout() {
        CurveLayout base = CurveLayout.preset(preset.get().id(), training.get() ? CurvesReader.LossColumn.TRAINING : CurvesReader.LossColumn.VALIDATION,
                theoretical.get() ? CurvesReader.ComputeColumn.THEORETICAL : CurvesReader.ComputeColumn.PROFILER);
        double perStep = Double.NaN;
        String f = flopsPerStep.get().trim();
        if (!f.isEmpty()) {
            try {
                perStep = ComputeText.parse(f);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("FLOPs per step must be a number such as 3.2e12, got '" + f + "'");
            }
        }
        return base.with(blankToNull(stepColumn.get()), blankToNull(lossColumn.get()), blankToNull(computeColumn.get()), perStep);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
