package org.scalingexplorer.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.files.AtomicFiles;
import org.scalingexplorer.io.workspace.WorkspaceFormat;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Theme;
import org.scalingexplorer.ui.fit.FitViewModel;
import org.scalingexplorer.ui.fit.FitViewModelTest;
import org.scalingexplorer.ui.present.PresentationViewModel;
import org.scalingexplorer.ui.shell.ShellViewModel;
import org.scalingexplorer.ui.whatif.WhatIfViewModel;

class WorkspaceViewModelTest {
    private final AppState state = new AppState(BundledDatasets.paper());
    private final PresentationViewModel present = new PresentationViewModel(state);
    @TempDir
    Path userData;
    private WorkspaceViewModel vm;

    @BeforeEach
    void create() {
        vm = new WorkspaceViewModel(state, Runnable::run, Runnable::run, userData);
    }

    /** An afternoon's work: a what-if, an innovation edit and one switched off, a replaced law with its bootstrap, a view, a story. */
    private void work(Path dir) throws IOException {
        WhatIfViewModel whatIf = new WhatIfViewModel(state);
        whatIf.startDrawing();
        whatIf.finishDrawing();
        Dataset d = state.dataset();
        state.edit(d.withInnovations(d.innovations().stream()
                .map(i -> i instanceof Innovation.ScaleInvariant si && si.id().equals("moe") ? si.withMultiplier(3) : i).toList()));
        state.exclude(Set.of("rotary"));
        FitViewModel fit = new FitViewModel(state, Runnable::run, Runnable::run);
        fit.loadRuns(FitViewModelTest.syntheticRuns(dir));
        fit.resamplesProperty().set(40);
        fit.fit();
        fit.replaceLaw("transformer-2017");
        fit.addAsAlgorithm();
        state.useFit("transformer-2017", false);
        state.setReference("transformer-modern");
        state.setAnchor(Anchor.CANDIDATE);
        state.setMode(Attribution.Mode.FIXED);
        state.setYear(2020.5);
        state.setCompute(23.25);
        state.setTheme(Theme.DARK);
        state.setColorBlindSafe(true);
        present.sideTabProperty().set(2);
        present.addKeyframe();
        state.setCompute(19);
        present.addKeyframe();
        state.setCompute(23.25);
    }

    @Test
    void aWorkspaceRoundTripsEverythingAnAnalystBuilt(@TempDir Path dir) throws Exception {
        work(dir);
        Path file = dir.resolve("afternoon.scaling-workspace.json");
        vm.save(file);
        assertEquals(file.toAbsolutePath(), vm.fileProperty().get());
        var before = vm.snapshot();

        AppState fresh = new AppState(BundledDatasets.paper());
        PresentationViewModel freshPresent = new PresentationViewModel(fresh);
        WorkspaceViewModel other = new WorkspaceViewModel(fresh, Runnable::run, Runnable::run, userData.resolve("other"));
        other.open(file);
        assertNull(other.failureProperty().get(), () -> other.failureProperty().get().getMessage());
        assertEquals(before.dataset(), fresh.dataset(), "what-ifs, innovation edits and fitted algorithms");
        assertEquals(before.loaded(), fresh.get().loaded());
        assertEquals(Set.of("rotary"), fresh.get().excluded());
        assertEquals("transformer-modern", fresh.view().reference());
        assertEquals(Anchor.CANDIDATE, fresh.view().anchor());
        assertEquals(Attribution.Mode.FIXED, fresh.view().mode());
        assertEquals(2020.5, fresh.view().year());
        assertEquals(23.25, fresh.view().log10Compute());
        assertEquals(Theme.DARK, fresh.view().theme());
        assertTrue(fresh.view().colorBlindSafe());
        assertEquals(2, freshPresent.sideTabProperty().get());
        assertEquals(present.story(), freshPresent.story(), "the story, keyframe by keyframe");
        // the fits: the added one active with its bootstrap, the replaced one switched off and able to come back
        assertEquals(2, fresh.get().fits().size());
        var added = fresh.get().fits().get(1);
        var was = state.get().fits().get(1);
        assertEquals(was.fit().parameters(), added.fit().parameters());
        assertEquals(was.bootstrap().samples(), added.bootstrap().samples());
        assertEquals(was.bootstrap().intervals(), added.bootstrap().intervals(), "intervals recomputed from the saved samples");
        assertTrue(fresh.uncertainty().covers(added.algorithmId()));
        fresh.useFit("transformer-2017", true);
        assertEquals(state.get().fits().get(0).fitted(), fresh.dataset().algorithm("transformer-2017"));
        fresh.useFit("transformer-2017", false);
        assertEquals(BundledDatasets.paper().algorithm("transformer-2017"), fresh.dataset().algorithm("transformer-2017"));
    }

    /** A session ends without saving (a crash, a kill): the next one finds the autosave and restores it. */
    @Test
    void autosavedWorkIsRestoredAfterACrash(@TempDir Path dir) throws Exception {
        assertFalse(vm.dirtyProperty().get(), "nothing changed yet");
        vm.autosave();
        assertFalse(Files.exists(vm.autosaveFile()), "nothing to keep without changes");
        work(dir);
        assertTrue(vm.dirtyProperty().get());
        vm.autosave();
        assertTrue(Files.exists(vm.autosaveFile()));
        assertTrue(vm.recoverable().isEmpty(), "a running instance's own autosave is not a crash to restore");
        var lost = vm.snapshot();
        // the process dies here (its lock goes with it); a new one starts with the same user directory
        vm.releaseAutosaveSlot();
        AppState next = new AppState(BundledDatasets.paper());
        PresentationViewModel nextPresent = new PresentationViewModel(next);
        WorkspaceViewModel restarted = new WorkspaceViewModel(next, Runnable::run, Runnable::run, userData);
        assertTrue(restarted.recoverable().isPresent(), "the next start offers to restore");
        restarted.restore();
        assertEquals(lost.dataset(), next.dataset());
        assertEquals(lost.fits().size(), next.get().fits().size());
        assertEquals(present.story(), nextPresent.story());
        assertTrue(restarted.dirtyProperty().get(), "restored work is still unsaved");
        // saving it ends the need for the autosave
        restarted.save(dir.resolve("kept.scaling-workspace.json"));
        assertFalse(restarted.dirtyProperty().get());
        assertTrue(restarted.recoverable().isEmpty());
        assertFalse(Files.exists(restarted.autosaveFile()));
    }

    /** Two windows at once: neither offers the other's autosave, and declining an old crash's work leaves theirs alone. */
    @Test
    void eachRunningInstanceHasItsOwnAutosave(@TempDir Path dir) throws Exception {
        work(dir);
        vm.autosave();
        AppState otherState = new AppState(BundledDatasets.paper());
        WorkspaceViewModel other = new WorkspaceViewModel(otherState, Runnable::run, Runnable::run, userData);
        assertNotEquals(vm.autosaveFile(), other.autosaveFile());
        assertTrue(other.recoverable().isEmpty(), "the first window is running: its autosave is not offered");
        // a third instance crashed earlier and left its work
        AppState crashedState = new AppState(BundledDatasets.paper());
        WorkspaceViewModel crashed = new WorkspaceViewModel(crashedState, Runnable::run, Runnable::run, userData);
        crashedState.exclude(Set.of("rotary"));
        crashed.autosave();
        crashed.releaseAutosaveSlot();
        assertTrue(other.recoverable().isPresent(), "the crashed instance's work is offered");
        other.discardRecoverable();
        assertFalse(Files.exists(crashed.autosaveFile()));
        assertTrue(Files.exists(vm.autosaveFile()), "declining never deletes a running instance's autosave");
        assertTrue(other.recoverable().isEmpty());
        // a lock file nobody holds and no autosave beside it (an instance killed before it had changes): the next start
        // removes it; a running instance's lock stays
        Path stale = Files.writeString(vm.autosaveFile().resolveSibling("12345-gone.lock"), "");
        AppState nextState = new AppState(BundledDatasets.paper());
        new WorkspaceViewModel(nextState, Runnable::run, Runnable::run, userData);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(vm.autosaveFile().resolveSibling(vm.autosaveFile().getFileName().toString().replace(".scaling-workspace.json", ".lock"))));
    }

    @Test
    void aFailedSaveLeavesTheOldFileIntact(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.scaling-workspace.json");
        vm.save(file);
        String old = Files.readString(file);
        // a stream that fails half-way through, as a full disk would
        IOException full = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(old.substring(0, old.length() / 2).getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals(file + ": No space left on device", full.getMessage(), "the file and the cause");
        assertEquals(old, Files.readString(file), "the old file is intact");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        // and through the view model: a target in a folder that is a file cannot be written; the reason is given
        Path blocked = dir.resolve("plain-file");
        Files.writeString(blocked, "x");
        vm.save(blocked.resolve("w.json"));
        assertTrue(vm.messageProperty().get().startsWith("Could not save the workspace to "), vm.messageProperty().get());
    }

    @Test
    void aBadWorkspaceIsRefusedWithEveryProblemAndTheScreenStaysAsItWas(@TempDir Path dir) throws Exception {
        Dataset before = state.dataset();
        String good = WorkspaceFormat.toJson(vm.snapshot());
        Path bad = dir.resolve("bad.json");
        var tree = (ObjectNode) new ObjectMapper().readTree(good);
        ((ObjectNode) tree.get("view")).put("reference", "gpt-9").put("attributionMode", "sideways");
        Files.writeString(bad, tree.toString());
        vm.open(bad);
        InputException e = vm.failureProperty().get();
        assertNotNull(e);
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("view.reference") && p.message().contains("no algorithm 'gpt-9'")),
                e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("view.attributionMode")), e.problems().toString());
        assertSame(before, state.dataset());

        assertThrows(InputException.class, () -> WorkspaceFormat.read("x", "{\"format\": \"scaling-explorer-workspace\", \"version\": 99}"));
        InputException newer = assertThrows(InputException.class,
                () -> WorkspaceFormat.read("x", "{\"format\": \"scaling-explorer-workspace\", \"version\": 3}"));
        assertTrue(newer.problems().get(0).message().contains("a newer app wrote it"));
        InputException truncated = assertThrows(InputException.class, () -> WorkspaceFormat.read("x", good.substring(0, good.length() / 3)));
        assertTrue(truncated.problems().get(0).line() > 0, "the place where the JSON ends is given");
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 5000; i++) deep.append('[');
        InputException nested = assertThrows(InputException.class, () -> WorkspaceFormat.read("x", deep.toString()));
        assertFalse(nested.problems().isEmpty());
    }

    /** Issue 28: File > Open (or a file dropped, or named on the command line) with a workspace opens the workspace. */
    @Test
    void aWorkspaceOpenedAsAnyFileOpensAsAWorkspace(@TempDir Path dir) throws Exception {
        state.setReference("transformer-modern");
        state.setCompute(23.25);
        Path file = dir.resolve("talk.scaling-workspace.json");
        vm.save(file);
        assertTrue(WorkspaceFormat.declares(file));
        Path dataset = dir.resolve("d.scaling.json");
        Files.copy(Path.of("sample-data", BundledDatasets.PAPER), dataset);
        assertFalse(WorkspaceFormat.declares(dataset), "a dataset is not a workspace");
        Files.writeString(dir.resolve("not-json.json"), "format: scaling-explorer-workspace");
        assertFalse(WorkspaceFormat.declares(dir.resolve("not-json.json")));
        assertFalse(WorkspaceFormat.declares(dir.resolve("missing.json")));

        AppState fresh = new AppState(BundledDatasets.paper());
        ShellViewModel shell = new ShellViewModel(fresh, Runnable::run, Runnable::run, List.of());
        WorkspaceViewModel workspaces = new WorkspaceViewModel(fresh, Runnable::run, Runnable::run, userData.resolve("other"));
        shell.onWorkspace(workspaces::open);
        shell.open(file);
        assertNull(shell.failureProperty().get(), () -> shell.failureProperty().get().getMessage());
        assertNull(workspaces.failureProperty().get(), () -> workspaces.failureProperty().get().getMessage());
        assertEquals("transformer-modern", fresh.view().reference());
        assertEquals(23.25, fresh.view().log10Compute());
        assertEquals(file.toAbsolutePath(), workspaces.fileProperty().get());
        assertTrue(workspaces.messageProperty().get().startsWith("Opened the workspace talk.scaling-workspace.json"), workspaces.messageProperty().get());

        // a dataset still opens as a dataset
        shell.open(dataset);
        assertNull(shell.failureProperty().get());
        assertEquals(dataset.toAbsolutePath(), fresh.get().work().file());
    }
}
