package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.chart.DrawingWindow;

/** View > Allocation: the allocation chart in its own window, drawn by the exports' drawing; a snapshot kept to look at. */
@ExtendWith(ApplicationExtension.class)
class AllocationWindowTest {
    private Stage owner;
    private AppState state;

    @Start
    void start(Stage stage) {
        owner = stage;
        state = new AppState(BundledDatasets.paper());
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void theWindowShowsTheChartAndFollowsTheCompute(FxRobot robot) throws Exception {
        DrawingWindow w = new DrawingWindow("Allocation of compute between parameters and data",
                () -> Figures.allocation(state.figureState(), ChartStyle.light()), state.stateProperty());
        robot.interact(() -> w.show(owner));
        robot.interact(() -> state.setCompute(23));
        Stage shown = (Stage) Window.getWindows().stream().filter(x -> x instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Allocation of compute")).findFirst().orElseThrow();
        Path png = Path.of("target", "allocation-window.png");
        robot.interact(() -> {
            try {
                Snapshots.writePng(Snapshots.snapshot(shown.getScene().getRoot(), 1), png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(png) > 20_000, "the chart was drawn");
        robot.interact(shown::close);
    }
}
