package org.scalingexplorer.ui.shell;

import org.scalingexplorer.ui.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.scalingexplorer.ui.workspace.WorkspaceViewModel;

/** The workspace's questions: save before closing, restore after a crash, save as; and the autosave timer. */
final class WorkspacePrompts {
    static final List<DialogService.Filter> WORKSPACES = List.of(new DialogService.Filter("Workspaces (*.scaling-workspace.json)", "*.json"));

    private final WorkspaceViewModel workspace;
    private final DialogService dialogs;

    WorkspacePrompts(WorkspaceViewModel workspace, DialogService dialogs) {
        this.workspace = workspace;
        this.dialogs = dialogs;
    }

    void open() {
        dialogs.openFile("workspace", "Open a workspace", WORKSPACES).ifPresent(workspace::open);
    }

    void save() {
        if (!workspace.save()) saveAs();
    }

    void saveAs() {
        dialogs.saveFile("workspace", "Save the workspace: datasets, edits, what-ifs, fits, the view and the story",
                "analysis.scaling-workspace.json", WORKSPACES).ifPresent(workspace::save);
    }

    /**
     * Asks about unsaved changes before the window closes: Save (to the workspace file, or one chosen now), Don't
     * Save, or Cancel. Returns whether the window may close.
     */
    boolean confirmClose() {
        if (!workspace.dirtyProperty().get()) return true;
        Optional<String> answer = dialogs.ask("Save the changes to the workspace before closing?",
                "What-ifs, edits, fits or the story changed since the last save.", List.of("Save", "Don't Save", "Cancel"));
        if (answer.isEmpty()) return false;
        if (answer.get().equals("Don't Save")) {
            workspace.discardAutosave();
            return true;
        }
        Path target = workspace.fileProperty().get();
        if (target == null) {
            Optional<Path> chosen = dialogs.saveFile("workspace", "Save the workspace", "analysis.scaling-workspace.json", WORKSPACES);
            if (chosen.isEmpty()) return false;
            target = chosen.get();
        }
        Optional<String> problem = workspace.saveNow(target);
        problem.ifPresent(p -> dialogs.showError("The workspace was not saved; the window stays open", p));
        return problem.isEmpty();
    }

    /** Offers to restore work a crashed or killed session left unsaved. */
    void offerRecovery() {
        workspace.recoverable().ifPresent(time -> {
            String when = java.time.LocalDateTime.ofInstant(time.toInstant(), java.time.ZoneId.systemDefault()).withNano(0)
                    .toString().replace('T', ' ');
            Optional<String> answer = dialogs.ask("Restore unsaved work?", "The last session ended without saving. Its work was autosaved at "
                    + when + ".", List.of("Restore", "Discard"));
            if (answer.orElse("Discard").equals("Restore")) workspace.restore();
            else workspace.discardRecoverable();
        });
    }

    /** Autosaves every {@code autosaveSeconds} while there are unsaved changes. */
    void startAutosave() {
        javafx.animation.Timeline t = new javafx.animation.Timeline();
        Runnable schedule = () -> {
            t.stop();
            int s = workspace.autosaveSecondsProperty().get();
            if (s <= 0) return;
            t.getKeyFrames().setAll(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(s), e -> workspace.autosave()));
            t.setCycleCount(javafx.animation.Animation.INDEFINITE);
            t.play();
        };
        workspace.autosaveSecondsProperty().addListener((o, was, now) -> schedule.run());
        schedule.run();
    }
}
