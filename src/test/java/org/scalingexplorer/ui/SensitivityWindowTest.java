package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.scalingexplorer.App;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.ui.sensitivity.SensitivityView;
import org.scalingexplorer.ui.sensitivity.SensitivityViewModel;

/** The sensitivity window draws its tornado and says what moves the total most; a snapshot is kept to look at. */
@ExtendWith(ApplicationExtension.class)
class SensitivityWindowTest {
    private SensitivityView view;

    @Start
    void start(Stage stage) {
        AppState state = new AppState(BundledDatasets.paper());
        state.setYear(2025);
        SensitivityViewModel vm = new SensitivityViewModel(state);
        vm.activeProperty().set(true);
        view = new SensitivityView(vm);
        Scene scene = new Scene(view, 980, 620);
        scene.getStylesheets().add(App.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theTornadoIsDrawnAndTheReadoutNamesTheLargestInput(FxRobot robot) throws Exception {
        String readout = robot.lookup("#sensitivity-readout").queryAs(Label.class).getText();
        assertTrue(readout.startsWith("2025.0: the total of 21,400× moves most with Transformer (2017) alpha"), readout);
        robot.interact(() -> {
            try {
                Snapshots.writePng(Snapshots.snapshot(view, 1), Path.of("target", "sensitivity-window.png"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(Path.of("target", "sensitivity-window.png")) > 20_000, "something was drawn");
    }
}
