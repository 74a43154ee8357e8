package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.io.BundledDatasets;
import org.scalingexplorer.ui.explorer.SeriesDialog;
import org.scalingexplorer.ui.explorer.SeriesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The rename-and-recolour dialog: a refused name keeps it open and says why; OK applies. */
@ExtendWith(ApplicationExtension.class)
class SeriesDialogTest {
    Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.show();
    }

    @Test
    void okAppliesAndARefusedNameSaysWhy(FxRobot robot) {
        AppState state = new AppState(BundledDatasets.paper());
        SeriesDialog[] dialog = new SeriesDialog[1];
        robot.interact(() -> {
            dialog[0] = new SeriesDialog(owner, new SeriesViewModel(state));
            dialog[0].show();
        });
        TextField name = (TextField) dialog[0].getDialogPane().lookup("#series-name");
        Button ok = (Button) dialog[0].getDialogPane().lookupButton(ButtonType.OK);
        robot.interact(() -> {
            name.setText("");
            ok.fire();
        });
        assertTrue(dialog[0].isShowing(), "a refused name keeps the dialog open");
        assertTrue(((Label) dialog[0].getDialogPane().lookup("#series-problem")).getText().contains("needs a name"));
        robot.interact(() -> {
            name.setText("The LSTM");
            ok.fire();
        });
        assertEquals("The LSTM", state.dataset().algorithm("lstm").name());
    }
}
