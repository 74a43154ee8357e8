package org.scalingexplorer.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.App;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.AppState;

/** Issue 28: Ablation's result is said right under the Measure button, whole, not in small text at the window's foot. */
@ExtendWith(ApplicationExtension.class)
class AblationResultTest {
    private AblationViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new AblationViewModel(new AppState(BundledDatasets.paper()), new RunsSession(), Runnable::run);
        Scene scene = new Scene(new AblationView(vm, new SimpleObjectProperty<>(ChartStyle.light())), 700, 600);
        scene.getStylesheets().add(App.stylesheet());
        stage.setScene(scene);
        // the stage is shared between test classes: another may have left it at 1920 px
        stage.setWidth(700);
        stage.setHeight(640);
        stage.show();
    }

    @Test
    void theResultSitsUnderTheSettingsWhole(FxRobot robot) {
        robot.interact(() -> vm.task().refuse("nothing to measure yet: import runs in the Files tab first, then choose a baseline, a size and a "
                + "target loss, and Measure again to see each variant's multiplier with its interval"));
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#ablation-message").queryAs(Label.class);
        assertFalse(message.getText().isEmpty());
        Text shown = (Text) message.lookup(".text");
        assertEquals(message.getText(), shown.getText(), "the whole message, wrapped");
        Node chart = robot.lookup("#ablation-chart").query();
        Node measure = robot.lookup("#ablation-measure").query();
        Bounds m = message.localToScene(message.getLayoutBounds());
        assertTrue(m.getMaxY() <= chart.localToScene(chart.getLayoutBounds()).getMinY() + 1, "above the chart: " + m);
        assertTrue(m.getMinY() >= measure.localToScene(measure.getLayoutBounds()).getMaxY() - 1, "under the Measure button: " + m);
        assertTrue(m.getHeight() > 1.5 * message.getFont().getSize() * 1.2, "on more than one line: " + m);
    }
}
