package org.scalingexplorer.ui.chart;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The app's windows beside the main one: owned by it, titled after the app, in its theme as the theme changes, and
 * closed by Esc (when nothing inside took the key: a cell being edited or an open list keeps it).
 */
public final class Stages {
    private Stages() {
    }

    /** A stage for {@code root}, {@code width} x {@code height}, titled "{@code title} - Scaling Explorer". */
    public static Stage beside(Window owner, String title, Parent root, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title + " - Scaling Explorer");
        Scene scene = new Scene(root, width, height);
        // the theme follows the main window's, also when it changes later
        if (owner != null && owner.getScene() != null) Bindings.bindContent(scene.getStylesheets(), owner.getScene().getStylesheets());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.hide();
            }
        });
        stage.setScene(scene);
        return stage;
    }
}
