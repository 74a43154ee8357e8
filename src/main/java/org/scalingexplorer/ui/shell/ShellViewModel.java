package org.scalingexplorer.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetFiles;
import org.scalingexplorer.io.files.AppInfo;
import org.scalingexplorer.io.files.Settings;
import org.scalingexplorer.io.runs.EpochCsvReader;
import org.scalingexplorer.io.workspace.WorkspaceFormat;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.NotableModel;
import org.scalingexplorer.model.fit.TrendFit;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Jobs;
import org.scalingexplorer.ui.Projections;
import org.scalingexplorer.ui.WindowState;

/**
 * The window around the explorer: opening datasets (off the UI thread), recent files, the title and the status
 * line. A file that cannot be used leaves the dataset on screen as it was and is reported through {@link #failureProperty()}.
 */
public final class ShellViewModel {
    private final AppState state;
    private final Jobs jobs;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** How far a file being opened has been read, 0 to 1; -1 while that is not known. */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectProperty<List<AppliedFit>> fits;
    private final ReadOnlyObjectWrapper<InputException> failure = new ReadOnlyObjectWrapper<>(this, "failure");

    /** Who opens a file that turns out to be a workspace; until the composition root says, the status says how. */
    private Consumer<Path> workspaces = f -> status.set(f.getFileName() + " is a workspace: open it with File > Open Workspace");

    /**
     * @param background where files are read (a worker thread in the app, the calling thread in tests)
     * @param ui         how results come back to the UI thread ({@code Platform::runLater} in the app)
     */
    public ShellViewModel(AppState state, Executor background, Executor ui, List<Path> recentFiles) {
        this.state = state;
        this.jobs = new Jobs(background, ui);
        recent.setAll(recentFiles);
        this.fits = state.derived(WindowState::fits);
        state.stateProperty().addListener((o, was, now) -> {
            if (was.dataset() == now.dataset()) return;
            updateTitle();
            // the line that describes the dataset follows it (a what-if added, a fit added); other messages stay
            String described = describe(was.dataset(), was.work().file());
            if (status.get().equals(described) || status.get().equals(describe(was.dataset(), null))) {
                status.set(describe(now.dataset(), now.work().file()));
            }
        });
        updateTitle();
        status.set(describe(state.dataset(), state.get().work().file()));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last file that could not be opened, with all its problems; the view shows it and calls {@link #clearFailure()}. */
    public ReadOnlyObjectProperty<InputException> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public void clearFailure() {
        failure.set(null);
    }

    /** The fits put into the dataset, for the menu that switches a replaced law back and forth. */
    public ReadOnlyObjectProperty<List<AppliedFit>> fitsProperty() {
        return fits;
    }

    public void useFit(String algorithmId, boolean on) {
        state.useFit(algorithmId, on);
        status.set((on ? "Using the fitted law for " : "Using the dataset's law for ") + state.dataset().algorithm(algorithmId).name());
    }

    /** Who opens a file that turns out to be a workspace (the composition root hands the workspace's view model's open). */
    public void onWorkspace(Consumer<Path> opener) {
        this.workspaces = opener;
    }

    public ObservableList<Path> recentFiles() {
        return recent;
    }

    /**
     * Reads {@code file} in the background; on success it replaces the dataset on screen (or adds runs to it). A
     * workspace goes to whoever opens workspaces ({@link #onWorkspace}).
     */
    public void open(Path file) {
        busy.set(true);
        progress.set(-1);
        status.set("Opening " + file + " ...");
        Dataset current = state.dataset();
        jobs.run(job -> WorkspaceFormat.declares(file) ? null : DatasetFiles.open(file, current, job.fraction()), d -> {
            if (d == null) {
                busy.set(false);
                status.set("");
                workspaces.accept(file);
                return;
            }
            busy.set(false);
            boolean runs = DatasetFiles.isRunsCsv(file);
            if (runs) state.edit(d);
            else state.load(d, file.toAbsolutePath());
            remember(file.toAbsolutePath());
            status.set(runs ? "Added the runs of " + file.getFileName() + " to " + d.metadata().title() : describe(d, file.toAbsolutePath()));
        }, e -> {
            busy.set(false);
            if (e instanceof InputException ie) {
                status.set("Could not open " + file.getFileName() + ": " + ie.problems().size()
                        + (ie.problems().size() == 1 ? " problem" : " problems") + "; the dataset on screen is unchanged");
                failure.set(ie);
            } else {
                status.set("Could not open " + file.getFileName() + "; the dataset on screen is unchanged");
                failure.set(new InputException(file.toString(), "could not be opened: " + e));
            }
        }, p -> {
            if (busy.get()) progress.set(p);
        });
    }

    /**
     * Reads Epoch AI's CSV of ML systems in the background and marks its models on the attribution's compute axis;
     * rows that cannot be used are counted by reason in the status line.
     */
    public void importNotableModels(Path file) {
        busy.set(true);
        status.set("Importing " + file.getFileName() + " ...");
        jobs.run(job -> EpochCsvReader.read(file), r -> {
            busy.set(false);
            state.setNotable(r.models());
            status.set(importSummary(file, r));
        }, e -> {
            busy.set(false);
            status.set("Could not import " + file.getFileName() + "; the models on screen are unchanged");
            failure.set(e instanceof InputException ie ? ie : new InputException(file.toString(), "could not be read: " + e));
        });
    }

    static String importSummary(Path file, EpochCsvReader.Result r) {
        // every row with a compute is a model; Epoch AI's own notability criteria pick some of them
        long notable = r.models().stream().filter(NotableModel::notable).count();
        StringBuilder b = new StringBuilder("Imported " + count(r.models().size(), "model") + " from " + file.getFileName() + " ("
                + notable + " notable by Epoch AI's criteria)");
        if (!r.skipped().isEmpty()) {
            b.append("; skipped ");
            b.append(String.join(", ", r.skipped().entrySet().stream().map(e -> e.getValue() + " (" + e.getKey() + ")").toList()));
        }
        try {
            TrendFit.Result t = TrendFit.fit(r.models(),
                    TrendFit.Selection.ALL, 10, 2010, 2013);
            b.append(". Their compute grows " + Numbers.format(t.growth()) + "× a year since 2010 (" + Math.round(TrendFit.LEVEL * 100)
                    + "% interval " + Numbers.format(t.growthLow()) + "-" + Numbers.format(t.growthHigh()) + ")");
        } catch (IllegalArgumentException e) {
            // too few models with a date since 2010 for a trend: the import stands on its own
        }
        return b.toString();
    }

    /** Writes the dataset on screen (with innovation edits and what-if algorithms) in the dataset format. */
    public void export(Path file) {
        Dataset d = state.dataset();
        jobs.act(job -> DatasetFiles.write(file, d), () -> status.set("Exported " + count(d.algorithms().size(), "algorithm") + " to " + file), e -> {
            status.set("Could not export to " + file.getFileName());
            failure.set(new InputException(file.toString(), "could not be written: " + e.getMessage() + "; any earlier file there is unchanged"));
        });
    }

    /** Puts a message from another part of the window (an export, a copy) on the status line. */
    public void say(String message) {
        status.set(message);
    }

    /** A dataset asked for at start (argument or last session) that could not be read: say so, keep the bundled one. */
    public void reportStartProblem(InputException e) {
        status.set("Could not open " + e.file() + "; showing the bundled dataset");
        failure.set(e);
    }

    /** A settings file that was there but could not be used: the window starts with the defaults and says why. */
    public void reportSettingsProblem(InputException e) {
        status.set("Could not use the settings in " + e.file() + "; starting with the defaults");
        failure.set(e);
    }

    public void openBundled() {
        state.load(BundledDatasets.paper(), null);
        status.set(describe(state.dataset(), null));
    }

    /** What to remember about the view, merged into the window geometry the view knows. */
    public Settings settings(double x, double y, double w, double h, boolean maximized, int autosaveSeconds) {
        return Projections.settings(state.get(), x, y, w, h, maximized, recent, autosaveSeconds);
    }

    private void remember(Path file) {
        List<Path> r = new ArrayList<>(recent);
        r.remove(file);
        r.add(0, file);
        recent.setAll(r.subList(0, Math.min(Settings.MAX_RECENT, r.size())));
    }

    private void updateTitle() {
        String t = state.dataset().metadata().title();
        title.set(t.isBlank() ? AppInfo.NAME : t + " - " + AppInfo.NAME);
    }

    private static String describe(Dataset d, Path file) {
        return (file == null ? "Bundled dataset" : file.toString()) + ": " + count(d.algorithms().size(), "algorithm") + ", "
                + count(d.innovations().size(), "innovation");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
