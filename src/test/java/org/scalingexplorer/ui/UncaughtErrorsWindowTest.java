package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.ui.shell.UncaughtErrors;

/** An exception nothing caught, thrown on the FX thread: a dialog says so, the trace goes to a log, the work stays. */
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsWindowTest {
    @TempDir
    static Path dir;
    private AppState state;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new AppState(BundledDatasets.paper());
        TestWindows.show(stage, state);
    }

    @Test
    void anUncaughtExceptionShowsADialogAndKeepsTheWork(FxRobot robot) throws Exception {
        Path log = dir.resolve("errors.log");
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        try {
            robot.interact(() -> UncaughtErrors.install(stage, log));
            robot.interact(() -> state.setCompute(23));
            Platform.runLater(() -> {
                throw new IllegalStateException("a listener broke");
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("An unexpected error").tryQuery().isPresent());
            String text = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
            assertTrue(text.startsWith("Something went wrong: a listener broke."), text);
            assertTrue(text.contains(log.toString()));
            assertTrue(Files.readString(log).contains("java.lang.IllegalStateException: a listener broke"), "the trace is in the log");
            assertEquals(23, state.view().log10Compute(), "the work on screen is as it was");
            robot.clickOn(robot.lookup("OK").match(Node::isVisible).queryAs(Node.class));
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        }
    }
}
