package org.scalingexplorer.ui.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.files.AtomicFiles;
import org.scalingexplorer.io.workspace.AutosaveSlots;
import org.scalingexplorer.io.workspace.WorkspaceFormat;
import org.scalingexplorer.model.Workspace;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Jobs;
import org.scalingexplorer.ui.Projections;
import org.scalingexplorer.ui.WindowState;

/**
 * Saving and opening workspaces: the whole state (datasets, edits, what-ifs, fits, view, story) in one file.
 * Saving writes a new file beside the old one and renames it over, so a failed save leaves the old file intact;
 * opening reads in the background and replaces the state only when the whole file was read.
 */
public final class WorkspaceViewModel {
    private final AppState state;
    private final Jobs jobs;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<InputException> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    /** Changes since the last save or open. */
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final IntegerProperty autosaveSeconds = new SimpleIntegerProperty(this, "autosaveSeconds", 30);
    private final AutosaveSlots slots;
    /** The orphaned autosave {@link #recoverable()} last offered. */
    private Path offered;
    /** Set while a workspace is put on screen, so that doing so does not count as a change. */
    private boolean applying;

    /**
     * @param autosaveDir the per-user data directory, where unsaved work is kept for recovery after a crash
     */
    public WorkspaceViewModel(AppState state, Executor background, Executor ui, Path autosaveDir) {
        this.state = state;
        this.jobs = new Jobs(background, ui);
        this.slots = AutosaveSlots.open(autosaveDir);
        // the work, the story and the notable models are what a workspace keeps beyond the view
        state.stateProperty().addListener((o, was, now) -> {
            if (!applying && (was.work() != now.work() || was.story() != now.story() || was.notable() != now.notable())) dirty.set(true);
        });
    }

    /** Whether there are changes since the last save or open: closing asks first, autosave keeps them. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Seconds between autosaves (the view's timer reads it); 0 turns autosave off. */
    public IntegerProperty autosaveSecondsProperty() {
        return autosaveSeconds;
    }

    /** This instance's autosave file (each running instance has its own). */
    public Path autosaveFile() {
        return slots.file();
    }

    /** Gives up this instance's autosave slot, as the end of the process does; its autosave stays for recovery. */
    public void releaseAutosaveSlot() {
        slots.close();
    }

    /**
     * Writes unsaved work to the per-user autosave file (atomically), so that a crash or a kill loses at most the
     * last interval; does nothing without changes.
     */
    public void autosave() {
        if (!dirty.get()) return;
        String json = WorkspaceFormat.toJson(snapshot());
        jobs.act(job -> AtomicFiles.writeString(slots.file(), json), e -> message.set("Could not autosave to " + slots.file() + ": " + e.getMessage()));
    }

    /**
     * Work an instance that is no longer running left unsaved (it crashed or was killed), or empty; the newest such
     * autosave when there are several. Another running window's autosave is never offered.
     */
    public Optional<FileTime> recoverable() {
        offered = slots.newestOrphan().orElse(null);
        try {
            return offered == null ? Optional.empty() : Optional.of(Files.getLastModifiedTime(offered));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Puts the autosaved work back on screen; it stays unsaved until saved somewhere. */
    public void restore() {
        if (offered == null && recoverable().isEmpty()) return;
        try {
            Workspace w = WorkspaceFormat.read(offered);
            apply(w);
            dirty.set(true);
            // the work is this instance's now: its own autosave keeps it from here on
            AtomicFiles.writeString(slots.file(), WorkspaceFormat.toJson(snapshot()));
            slots.discard(offered);
            offered = null;
            message.set("Restored the unsaved work of the last session; save it to keep it");
        } catch (InputException e) {
            message.set("The autosaved work could not be restored; it is kept at " + offered);
            failure.set(e);
        } catch (IOException e) {
            message.set("Restored the unsaved work of the last session; it is also kept at " + offered + " until saved");
        }
    }

    /** Forgets this instance's autosaved work: after a save, or on a clean exit. */
    public void discardAutosave() {
        try {
            Files.deleteIfExists(slots.file());
        } catch (IOException e) {
            // a stale autosave only means an offer to restore next time
        }
    }

    /** Forgets the orphaned autosave {@link #recoverable()} offered, when the user declines to restore it. */
    public void discardRecoverable() {
        if (offered != null) slots.discard(offered);
        offered = null;
    }

    /** The workspace file in use, or null before the first save or open. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A workspace that could not be opened, with its problems; the view shows it and calls {@link #clearFailure()}. */
    public ReadOnlyObjectProperty<InputException> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public void clearFailure() {
        failure.set(null);
    }

    /** The state as it is now. */
    public Workspace snapshot() {
        WindowState now = state.get();
        Path datasetFile = now.work().file();
        Optional<Workspace.Source> source = Optional.empty();
        if (datasetFile != null) {
            String hash = "";
            try {
                if (Files.isRegularFile(datasetFile)) hash = WorkspaceFormat.sha256(datasetFile);
            } catch (IOException e) {
                // the file went away: the embedded copy is what counts
            }
            source = Optional.of(new Workspace.Source(datasetFile, hash));
        }
        return Projections.workspace(now, source);
    }

    /** Saves to {@code target} in the background; the state is taken now. */
    public void save(Path target) {
        String json = WorkspaceFormat.toJson(snapshot());
        message.set("Saving " + target.getFileName() + " ...");
        jobs.act(job -> AtomicFiles.writeString(target, json), () -> {
            file.set(target.toAbsolutePath());
            dirty.set(false);
            discardAutosave();
            message.set("Saved the workspace to " + target);
        }, e -> message.set("Could not save the workspace to " + target + ": " + e.getMessage() + "; the file there is as it was"));
    }

    /** Saves at once, on the calling thread (closing the window waits for it); returns why not. */
    public Optional<String> saveNow(Path target) {
        try {
            AtomicFiles.writeString(target, WorkspaceFormat.toJson(snapshot()));
        } catch (IOException | RuntimeException e) {
            String why = "Could not save the workspace to " + target + ": " + e.getMessage() + "; the file there is as it was";
            message.set(why);
            return Optional.of(why);
        }
        file.set(target.toAbsolutePath());
        dirty.set(false);
        discardAutosave();
        message.set("Saved the workspace to " + target);
        return Optional.empty();
    }

    /** Saves to the workspace file in use; false when there is none yet (the view then asks where). */
    public boolean save() {
        if (file.get() == null) return false;
        save(file.get());
        return true;
    }

    /** Opens {@code source} in the background; the state changes only if the whole file is a valid workspace. */
    public void open(Path source) {
        message.set("Opening " + source.getFileName() + " ...");
        jobs.run(job -> WorkspaceFormat.read(source), w -> {
            apply(w);
            dirty.set(false);
            file.set(source.toAbsolutePath());
            message.set("Opened the workspace " + source.getFileName() + describeSource(w));
        }, e -> {
            message.set("Could not open " + source.getFileName() + "; what is on screen is unchanged");
            failure.set(e instanceof InputException ie ? ie : new InputException(source.toString(), "could not be opened: " + e));
        });
    }

    /** Says whether the dataset file the workspace came from has changed since (the embedded copy is used either way). */
    private static String describeSource(Workspace w) {
        if (w.source().isEmpty() || w.source().get().sha256().isEmpty()) return "";
        Path p = w.source().get().path();
        try {
            if (!Files.isRegularFile(p)) return "; its dataset file " + p + " is gone: the copy in the workspace is shown";
            return WorkspaceFormat.sha256(p).equals(w.source().get().sha256()) ? ""
                    : "; its dataset file " + p.getFileName() + " has changed since: the copy in the workspace is shown";
        } catch (IOException e) {
            return "";
        }
    }

    /** Puts a workspace on screen. */
    public void apply(Workspace w) {
        applying = true;
        try {
            put(w);
        } finally {
            applying = false;
        }
    }

    private void put(Workspace w) {
        state.stopPlayback();
        state.update(s -> Projections.restore(s, w));
    }
}
