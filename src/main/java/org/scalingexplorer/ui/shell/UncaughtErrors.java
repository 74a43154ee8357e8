package org.scalingexplorer.ui.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The last line of defence: an exception nothing else caught (on the FX thread or any other) is written with its
 * stack trace to a log file in the user's data folder, and the user sees a short dialog that says so; the window and
 * the work on it stay as they were. No stack trace reaches the screen or the terminal.
 */
public final class UncaughtErrors {
    /** A storm of the same failure (a listener that throws on every pulse) shows one dialog, not hundreds. */
    private static final long QUIET_MILLIS = 5_000;
    private final Window owner;
    private final Path log;
    private long lastShown;

    private UncaughtErrors(Window owner, Path log) {
        this.owner = owner;
        this.log = log;
    }

    /** Handles every thread's uncaught exceptions from now on; {@code log} is appended to. */
    public static void install(Window owner, Path log) {
        UncaughtErrors handler = new UncaughtErrors(owner, log);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> handler.handle(t, e));
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> handler.handle(t, e));
    }

    void handle(Thread thread, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, LocalDateTime.now().withNano(0) + " on " + thread.getName() + "\n" + trace + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException io) {
            // nowhere to keep the details: the dialog still says what happened
        }
        Runnable show = () -> {
            long now = System.currentTimeMillis();
            if (now - lastShown < QUIET_MILLIS) return;
            lastShown = now;
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Alert a = new Alert(Alert.AlertType.ERROR, "Something went wrong: " + what + ".\n\nYour work is as it was. The details are in "
                    + log + "; please send them with a report.", ButtonType.OK);
            a.setTitle("Scaling Explorer");
            a.setHeaderText("An unexpected error");
            if (owner != null && owner.isShowing()) a.initOwner(owner);
            a.show();
        };
        if (Platform.isFxApplicationThread()) show.run();
        else Platform.runLater(show);
    }
}
