package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.ui.explorer.SeriesDialog;
import org.scalingexplorer.ui.explorer.SeriesViewModel;
import org.scalingexplorer.ui.laws.PublishedLawsDialog;
import org.scalingexplorer.ui.laws.PublishedLawsViewModel;
import org.scalingexplorer.ui.whatif.WhatIfDialog;

/**
 * The dialogs wear the window's theme, and change with it: JavaFX binds an owned dialog's stylesheets to its owner's,
 * so every dialog is given the window it belongs to.
 */
@ExtendWith(ApplicationExtension.class)
class DialogThemeTest {
    Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        Scene scene = new Scene(new Pane(), 400, 300);
        scene.getStylesheets().setAll(Theme.DARK.stylesheets(false));
        stage.setScene(scene);
        stage.show();
    }

    /** What the dialog's pane is painted with, its CSS applied now. */
    private static Paint background(Dialog<?> d) {
        d.getDialogPane().applyCss();
        return d.getDialogPane().getBackground().getFills().get(0).getFill();
    }

    @Test
    void everyDialogFollowsTheWindowsTheme(FxRobot robot) {
        robot.interact(() -> {
            AppState state = new AppState(BundledDatasets.paper());
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(window);
            List<Dialog<?>> dialogs = List.of(new WhatIfDialog(window), new SeriesDialog(window, new SeriesViewModel(state)),
                    new PublishedLawsDialog(window, new PublishedLawsViewModel(state, BundledDatasets.laws())), alert);
            // dark.css: -fx-background #0d1117, which modena paints a dialog's pane with
            for (Dialog<?> d : dialogs) {
                assertSame(window, d.getOwner());
                assertEquals(Color.web("#0d1117"), background(d), d.getClass().getSimpleName());
            }
            // the light theme, as a dialog given its stylesheets directly wears it
            window.getScene().getStylesheets().setAll(Theme.LIGHT.stylesheets(false));
            Alert alone = new Alert(Alert.AlertType.ERROR);
            alone.getDialogPane().getStylesheets().setAll(Theme.LIGHT.stylesheets(false));
            Paint light = background(alone);
            for (Dialog<?> d : dialogs) assertEquals(light, background(d), "light again: " + d.getClass().getSimpleName());
            // high-contrast.css: -fx-background #ffffff
            window.getScene().getStylesheets().setAll(Theme.HIGH_CONTRAST.stylesheets(false));
            for (Dialog<?> d : dialogs) assertEquals(Color.WHITE, background(d), "high contrast: " + d.getClass().getSimpleName());
        });
    }
}
