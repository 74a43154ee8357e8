package org.scalingexplorer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.report.Report;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.export.ExportViewModel;

/** The app's start: the charts are shown first; the CEG table and the side panel join them after the first frame. */
@ExtendWith(ApplicationExtension.class)
class DeferredSidePanelTest {
    private Composition window;
    private boolean builtWithTheWindow;

    @Start
    void start(Stage stage) {
        window = Composition.of(new AppState(BundledDatasets.paper()), Composition.Wiring.of(Runnable::run, Platform::runLater, List.of(), stage::close).deferringSide());
        builtWithTheWindow = window.sideBuilt();
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @Test
    void theSidePanelArrivesAfterTheFirstFrame(FxRobot robot) throws Exception {
        assertFalse(builtWithTheWindow, "not built with the window");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tab-attribution").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#attribution-readout").tryQuery().isPresent(), "the attribution tab is shown");
        assertTrue(robot.lookup("#ceg-table").tryQuery().isPresent(), "and the CEG table under the charts");
        // and the reports it draws are there for export too
        assertTrue(window.exportVm().tableText(ExportViewModel.Table.ATTRIBUTION,
                Report.Format.CSV).isPresent());
    }
}
