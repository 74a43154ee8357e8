package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
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
}
