package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.scalingexplorer.figure.ExplorerFigure;
import org.scalingexplorer.figure.FigureState;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.io.dataset.DatasetWriter;
import org.scalingexplorer.model.LineStyle;
import org.scalingexplorer.ui.explorer.SeriesDialog;
import org.scalingexplorer.ui.explorer.SeriesViewModel;

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

    /** Dash and width reach the algorithm, its chart series and the dataset file, and come back from it. */
    @Test
    void aRestyledSeriesIsDrawnAndSavedSo(FxRobot robot) throws Exception {
        AppState state = new AppState(BundledDatasets.paper());
        SeriesDialog[] dialog = new SeriesDialog[1];
        robot.interact(() -> {
            dialog[0] = new SeriesDialog(owner, new SeriesViewModel(state));
            dialog[0].show();
        });
        @SuppressWarnings("unchecked")
        ComboBox<LineStyle.Dash> dash =
                (ComboBox<LineStyle.Dash>) dialog[0].getDialogPane().lookup("#series-dash");
        @SuppressWarnings("unchecked")
        ComboBox<Double> width = (ComboBox<Double>) dialog[0].getDialogPane().lookup("#series-width");
        assertEquals(LineStyle.Dash.SOLID, dash.getValue(), "the series' own style is shown first");
        robot.interact(() -> {
            try {
                Snapshots.writePng(Snapshots.snapshot(dialog[0].getDialogPane(), 1), Path.of("target", "series-dialog.png"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        robot.interact(() -> {
            dash.setValue(LineStyle.Dash.DOTTED);
            width.setValue(2.0);
            ((Button) dialog[0].getDialogPane().lookupButton(ButtonType.OK)).fire();
        });
        LineStyle dotted = new LineStyle(LineStyle.Dash.DOTTED, 2);
        assertEquals(dotted, state.dataset().algorithm("lstm").style());
        var series = ExplorerFigure.loss(FigureState.of(state.dataset()).withCompute(1e22))
                .series().stream().filter(x -> x.id().equals("lstm")).findFirst().orElseThrow();
        assertEquals(dotted, series.style());
        String json = DatasetWriter.toJson(state.dataset());
        assertTrue(json.contains("\"dash\" : \"dotted\"") && json.contains("\"lineWidth\" : 2.0"), json);
        assertEquals(dotted, DatasetReader.read("restyled.json", json).algorithm("lstm").style());
    }
}
