package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.ui.whatif.WhatIfDialog;
import org.scalingexplorer.ui.whatif.WhatIfViewModel;

/** Issue 18: the what-if dialog grows with its content: OK and Cancel stay in view, the reasons are not cut off. */
@ExtendWith(ApplicationExtension.class)
class WhatIfDialogTest {
    Stage owner;

    @Start
    void start(Stage stage) {
        owner = TestWindows.owner(stage);
    }

    @Test
    void switchingToLNDAndAWrongAlphaKeepsTheButtonsInView(FxRobot robot) {
        WhatIfDialog[] dialog = new WhatIfDialog[1];
        robot.interact(() -> {
            dialog[0] = new WhatIfDialog(owner);
            dialog[0].show();
        });
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<WhatIfViewModel.LawKind> kind = (ChoiceBox<WhatIfViewModel.LawKind>)
                    dialog[0].getDialogPane().lookup("#whatif-kind");
            kind.setValue(WhatIfViewModel.LawKind.PARAMETRIC_OPTIMAL);
            ((TextField) dialog[0].getDialogPane().lookup("#whatif-alpha")).setText("-3");
            ((TextField) dialog[0].getDialogPane().lookup("#whatif-E")).setText("nope");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = dialog[0].getDialogPane().getScene();
        for (ButtonType t : new ButtonType[] {ButtonType.OK, ButtonType.CANCEL}) {
            Node button = dialog[0].getDialogPane().lookupButton(t);
            Bounds b = button.localToScene(button.getBoundsInLocal());
            assertTrue(b.getMaxY() <= scene.getHeight() + 0.5 && b.getMinY() >= 0, t.getText() + " at " + b + " in a scene " + scene.getHeight() + " high");
        }
        Label problems = (Label) dialog[0].getDialogPane().lookup("#whatif-problems");
        Bounds p = problems.localToScene(problems.getBoundsInLocal());
        assertTrue(!problems.getText().isEmpty() && p.getMaxY() <= scene.getHeight() + 0.5, "the reasons are in view: " + p);
        assertTrue(problems.getHeight() >= problems.prefHeight(problems.getWidth()) - 0.5, "and not cut short");
        robot.interact(() -> dialog[0].close());
    }
}
