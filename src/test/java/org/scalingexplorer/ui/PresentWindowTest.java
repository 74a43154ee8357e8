package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.Composition;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.ui.present.PresentationViewModel;

/** Themes, present mode and playback keys, driven as a presenter would. */
@ExtendWith(ApplicationExtension.class)
class PresentWindowTest {
    private AppState state;
    private Composition window;

    @Start
    void start(Stage stage) {
        state = new AppState(BundledDatasets.paper());
        window = TestWindows.show(stage, state);
    }

    @Test
    void switchingThemesBackAndForthLeavesNoStaleStyle(FxRobot robot) {
        List<String> light = List.copyOf(window.root().getScene().getStylesheets());
        assertEquals(Theme.LIGHT.stylesheets(false), light);
        robot.interact(() -> window.presentVm().themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK.stylesheets(false), window.root().getScene().getStylesheets());
        assertEquals(Theme.DARK.chartStyle(), window.explorer().lossChart().chartStyleProperty().get());
        assertEquals(Theme.DARK.chartStyle(), window.sidePanel().attributionChart().chartStyleProperty().get());
        robot.interact(() -> window.presentVm().themeProperty().set(Theme.HIGH_CONTRAST));
        assertEquals(Theme.HIGH_CONTRAST.stylesheets(false), window.root().getScene().getStylesheets());
        robot.interact(() -> window.presentVm().themeProperty().set(Theme.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(light, window.root().getScene().getStylesheets());
        assertEquals(Theme.LIGHT.chartStyle(), window.explorer().lossChart().chartStyleProperty().get());
        assertEquals(Theme.LIGHT.chartStyle(), window.sidePanel().lastYearChart().chartStyleProperty().get());
        assertEquals(Theme.LIGHT, state.view().theme());
    }

    @Test
    void f11PresentsWithoutChromeAndEscapeComesBack(FxRobot robot) {
        robot.clickOn("#loss-chart");
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presentVm().presentingProperty().get());
        assertTrue(robot.lookup("#menu-bar").tryQuery().isEmpty(), "menus hidden");
        assertTrue(robot.lookup("#status-bar").tryQuery().isEmpty(), "status bar hidden");
        assertTrue(window.root().getScene().getStylesheets().get(window.root().getScene().getStylesheets().size() - 1).endsWith("present.css"));
        Scene scene = window.root().getScene();
        double k = PresentationViewModel.scaleFor(scene.getWidth(), scene.getHeight());
        assertEquals(k, window.explorer().lossChart().chartStyleProperty().get().scale(), 1e-12);
        assertTrue(window.root().getStyle().contains(String.format(Locale.ROOT, "-fx-font-size: %.1fpx", 13 * k)), window.root().getStyle());
        assertFalse(window.presentVm().sidePanelProperty().get(), "a 1280-pixel screen gives the charts the side panel's room");
        // issue 18: the charts get the screen; the table folds away while presenting and comes back after
        assertTrue(robot.lookup("#ceg-table").tryQuery().isEmpty(), "the CEG table is folded away");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.presentVm().presentingProperty().get());
        assertTrue(robot.lookup("#menu-bar").tryQuery().isPresent());
        assertEquals(Theme.LIGHT.stylesheets(false), window.root().getScene().getStylesheets());
        assertTrue(window.presentVm().sidePanelProperty().get(), "the side panel is back");
        assertTrue(robot.lookup("#ceg-table").tryQuery().isPresent(), "the CEG table is back");
        assertEquals("", window.root().getStyle());
    }

    @Test
    void spacePausesAPlaybackAndPageDownStepsTheStory(FxRobot robot) {
        robot.interact(() -> {
            state.setCompute(20);
            window.presentVm().addKeyframe();
            state.setCompute(24);
            window.presentVm().addKeyframe();
            window.presentVm().show(0);
        });
        robot.clickOn("#loss-chart");
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(24, state.view().log10Compute(), 1e-9);
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20, state.view().log10Compute(), 1e-9);
        robot.interact(() -> {
            window.presentVm().durationProperty().set(30);
            window.presentVm().play();
        });
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.presentVm().playingProperty().get(), "paused");
        assertTrue(window.presentVm().startedProperty().get());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presentVm().playingProperty().get(), "resumed");
        robot.interact(() -> window.presentVm().stop());
    }

    /** Issue 28: in present mode (no menus) Ctrl+P and Space play, a line says how to play and leave, and the story's end says so. */
    @Test
    void presentModePlaysFromTheKeyboardAndSaysHowToLeave(FxRobot robot) {
        robot.clickOn("#loss-chart");
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presentVm().presentingProperty().get());
        Label hint = robot.lookup("#present-hint").queryAs(Label.class);
        assertTrue(hint.getText().contains("Esc or F11 leaves present mode") && hint.getText().contains("Ctrl+P or Space plays"), hint.getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presentVm().startedProperty().get(), "Ctrl+P plays in present mode");
        assertTrue(hint.getText().startsWith("Playing compute"), hint.getText());
        robot.interact(() -> window.presentVm().stop());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presentVm().startedProperty().get(), "Space plays when nothing is playing");
        robot.interact(() -> {
            window.presentVm().stop();
            window.presentVm().addKeyframe();
        });
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(hint.getText().startsWith("End of the story: that was view 1 of 1"), hint.getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.presentVm().presentingProperty().get());
        assertTrue(robot.lookup("#present-hint").tryQuery().isEmpty(), "the line goes with present mode");
    }

    /** Issue 28: present mode has a play button and a timeline; the button plays and pauses, the timeline goes where it is put. */
    @Test
    void presentModeHasAPlayButtonAndATimeline(FxRobot robot) {
        robot.clickOn("#loss-chart");
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        Button play = robot.lookup("#play-button").queryAs(Button.class);
        Slider timeline = robot.lookup("#play-timeline").queryAs(Slider.class);
        assertTrue(play.getText().contains("Play"), play.getText());
        robot.clickOn(play);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presentVm().playingProperty().get(), "the button plays");
        assertTrue(play.getText().contains("Pause"), play.getText());
        robot.clickOn(play);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.presentVm().playingProperty().get(), "the button pauses");
        assertTrue(window.presentVm().startedProperty().get(), "paused, not stopped");
        // the timeline put half-way: the compute is the sweep's value at half its time (the middle of the range, eased)
        robot.interact(() -> timeline.setValue(0.5));
        PresentationViewModel p = window.presentVm();
        assertEquals(p.durationProperty().get() / 2, p.elapsedProperty().get(), 1e-9);
        double middle = (p.fromProperty().get() + p.toProperty().get()) / 2;
        assertEquals(middle, state.view().log10Compute(), 1e-9);
        Label where = robot.lookup("#play-position").queryAs(Label.class);
        assertEquals(p.label(middle), where.getText());
        // a drag of the thumb to the right end moves the sweep to its end
        robot.drag(timeline.lookup(".thumb")).moveBy(timeline.getWidth(), 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, timeline.getValue(), 1e-9);
        assertEquals(p.toProperty().get(), state.view().log10Compute(), 1e-9);
        // the playback moves the thumb (the window's own timer runs too: read both at once, paused)
        robot.interact(() -> {
            p.playSweep();
            p.advance(p.durationProperty().get() / 4);
            p.pauseOrResume();
        });
        assertTrue(p.elapsedProperty().get() >= p.durationProperty().get() / 4, "advanced");
        assertEquals(p.elapsedProperty().get() / p.durationProperty().get(), timeline.getValue(), 1e-9);
        robot.interact(p::stop);
    }

    /**
     * Issue 28: present mode with the side panel (a story view keeps it): the attribution chart's legend takes a third
     * of the chart at most and scrolls beyond, so the plot keeps the rest (it was about 200 px under the legends).
     */
    @Test
    void presentModeWithTheSidePanelLeavesTheAttributionChartItsPlot(FxRobot robot) {
        robot.interact(() -> {
            window.presentVm().presentingProperty().set(true);
            window.presentVm().sidePanelProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Region chart = robot.lookup("#attribution-chart").queryAs(Region.class);
        Node legend = chart.lookup(".chart-legend-scroll");
        double canvas = chart.getChildrenUnmodifiable().stream().filter(n -> n instanceof Canvas)
                .mapToDouble(n -> ((Canvas) n).getHeight()).max().orElse(0);
        assertTrue(legend.getLayoutBounds().getHeight() <= chart.getHeight() / 3 + 1, legend.getLayoutBounds() + " in " + chart.getHeight());
        assertTrue(canvas >= chart.getHeight() * 0.45, "the plot keeps most of the chart: " + canvas + " of " + chart.getHeight());
        robot.interact(() -> window.presentVm().presentingProperty().set(false));
    }
}
