package org.scalingexplorer.ui.shell;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import org.scalingexplorer.ui.DialogService;
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
            String when = LocalDateTime.ofInstant(time.toInstant(), ZoneId.systemDefault()).withNano(0)
                    .toString().replace('T', ' ');
            Optional<String> answer = dialogs.ask("Restore unsaved work?", "The last session ended without saving. Its work was autosaved at "
                    + when + ".", List.of("Restore", "Discard"));
            if (answer.orElse("Discard").equals("Restore")) workspace.restore();
            else workspace.discardRecoverable();
        });
    }

    /** Autosaves every {@code autosaveSeconds} while there are unsaved changes. */
    void startAutosave() {
        Timeline t = new Timeline();
        Runnable schedule = () -> {
            t.stop();
            int s = workspace.autosaveSecondsProperty().get();
            if (s <= 0) return;
            t.getKeyFrames().setAll(new KeyFrame(Duration.seconds(s), e -> workspace.autosave()));
            t.setCycleCount(Animation.INDEFINITE);
            t.play();
        };
        workspace.autosaveSecondsProperty().addListener((o, was, now) -> schedule.run());
        schedule.run();
    }
}
