package org.scalingexplorer.ui;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.scalingexplorer.App;

/** Opens the composed main window on a test stage, at the size of Monocle's headless screen. */
final class TestWindows {
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    private TestWindows() {}

    /** Composes the window for {@code state} with synchronous executors and shows it on {@code stage}. */
    static App.Composition show(Stage stage, AppState state) {
        App.Composition window = App.compose(state, Runnable::run, Runnable::run, List.of(), stage::close);
        Scene scene = new Scene(window.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(App.stylesheet());
        stage.setScene(scene);
        stage.show();
        return window;
    }
}
