package org.scalingexplorer.ui.sensitivity;

import javafx.stage.Stage;
import javafx.stage.Window;

import org.scalingexplorer.ui.chart.Stages;

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
            stage = Stages.beside(owner, "Sensitivity: which input moves the frontier total", new SensitivityView(vm), 980, 620);
            vm.activeProperty().bind(stage.showingProperty());
        }
        stage.show();
        stage.toFront();
    }
}
