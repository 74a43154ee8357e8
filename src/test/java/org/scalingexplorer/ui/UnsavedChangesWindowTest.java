package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.Composition;
import org.scalingexplorer.io.dataset.BundledDatasets;

/** Closing with unsaved work asks first; Cancel keeps the window, Don't Save lets it go. */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesWindowTest {
    private AppState state;
    private Composition window;

    @Start
    void start(Stage stage) {
        state = new AppState(BundledDatasets.paper());
        window = TestWindows.show(stage, state);
    }

    private Boolean askToClose(FxRobot robot, String answer) throws Exception {
        AtomicReference<Boolean> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(window.root().confirmClose()));
        // an earlier dialog's buttons stay in its (hidden) scene: wait for this dialog's, in a showing window
        Predicate<Node> showing = n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(answer).match(showing).tryQuery().isPresent());
        robot.clickOn(robot.lookup(answer).match(showing).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        return result.get();
    }

    @Test
    void closingWithUnsavedWorkAsksFirst(FxRobot robot) throws Exception {
        AtomicReference<Boolean> clean = new AtomicReference<>();
        robot.interact(() -> clean.set(window.root().confirmClose()));
        assertTrue(clean.get(), "nothing changed: closes without asking");
        robot.interact(() -> window.whatIfVm().startDrawing());
        robot.interact(() -> window.whatIfVm().finishDrawing());
        assertTrue(window.workspaceVm().dirtyProperty().get());
        assertFalse(askToClose(robot, "Cancel"), "Cancel keeps the window open");
        assertTrue(window.workspaceVm().dirtyProperty().get());
        robot.interact(() -> window.workspaceVm().autosave());
        assertTrue(Files.exists(window.workspaceVm().autosaveFile()));
        assertTrue(askToClose(robot, "Don't Save"), "Don't Save lets the window close");
        assertFalse(Files.exists(window.workspaceVm().autosaveFile()), "and forgets the autosave");
    }
}
