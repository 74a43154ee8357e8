package org.scalingexplorer.ui.sensitivity;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The sensitivity in a window of its own beside the charts, not modal: the year cursor still moves it. */
public final class SensitivityWindow {
    private final SensitivityViewModel vm;
    private Stage stage;

    public SensitivityWindow(SensitivityViewModel vm) {
        this.vm = vm;
    }

    /** Shows the window (made on first use) in front of {@code owner}, in its stylesheets. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Sensitivity: which input moves the frontier total - Scaling Explorer");
            Scene scene = new Scene(new SensitivityView(vm), 980, 620);
            // the theme follows the main window's, also when it changes later
            if (owner != null && owner.getScene() != null) javafx.beans.binding.Bindings.bindContent(scene.getStylesheets(), owner.getScene().getStylesheets());
            stage.setScene(scene);
            vm.activeProperty().bind(stage.showingProperty());
        }
        stage.show();
        stage.toFront();
    }
}
