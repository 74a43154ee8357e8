package org.scalingexplorer.ui;

import java.util.List;
import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.scalingexplorer.Composition;

/** Opens the composed main window on a test stage, at the size of Monocle's headless screen. */
final class TestWindows {
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    private TestWindows() {}

    /**
     * Composes the window for {@code state} with synchronous executors and shows it on {@code stage}. Work handed
     * back from another thread (a bootstrap's progress from its worker threads) goes through the FX thread's queue.
     */
    /** A small empty window to own a dialog under test. */
    static Stage owner(Stage stage) {
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
        return stage;
    }

    static Composition show(Stage stage, AppState state) {
        Executor ui = r -> {
            if (Platform.isFxApplicationThread()) r.run();
            else Platform.runLater(r);
        };
        Composition window = Composition.of(state, Composition.Wiring.of(Runnable::run, ui, List.of(), stage::close));
        Scene scene = new Scene(window.root(), WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.show();
        return window;
    }
}
