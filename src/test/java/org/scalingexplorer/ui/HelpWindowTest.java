package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.App;
import org.scalingexplorer.Composition;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.ui.help.HelpViewModel;
import org.scalingexplorer.ui.runs.RunsWindow;

/** Help: shortcuts read from the menus, the guide, how to cite the data open now, About with versions and licences. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowTest {
    Composition window;

    @Start
    void start(Stage stage) {
        window = Composition.of(new AppState(BundledDatasets.paper()), Composition.Wiring.of(Runnable::run, Runnable::run, List.of(), stage::close)
                .withDialogs(new ShellDialogsTest.FakeDialogs()));
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(App.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyPageSaysWhatItShould(FxRobot robot) throws Exception {
        MenuBar bar = (MenuBar) window.root().lookup("#menu-bar");
        robot.interact(() -> ShellDialogsTest.all(bar.getMenus().stream().filter(m -> m.getText().equals("_Help")).findFirst().orElseThrow()
                .getItems()).stream().filter(i -> "_Keyboard Shortcuts".equals(i.getText())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> shortcuts = robot.lookup("#help-shortcuts").queryAs(TableView.class);
        List<String> rows = shortcuts.getItems().stream().map(Object::toString).toList();
        assertTrue(rows.stream().anyMatch(r -> r.contains("Training Runs") && r.contains("Shift+R")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("Reset the zoom") && r.contains("Double-click")), rows.toString());
        TabPane tabs = robot.lookup("#help-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        String cite = robot.lookup("#help-citation").queryAs(TextArea.class).getText();
        assertTrue(cite.contains("Gundlach") && cite.contains("@"), "the bundled dataset's sources, text and BibTeX: " + cite);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        String about = robot.lookup("#help-about").queryAs(TextArea.class).getText();
        assertTrue(about.startsWith("Scaling Explorer ") && about.contains("Java "), about);
        // the generated list: every runtime dependency with its licence from its POM, nothing under a GPL-only licence
        assertTrue(about.contains("Apache PDFBox 3.0.4: Apache-2.0") && about.contains("javafx-controls 21.0.5: GPL-2.0-only WITH Classpath-exception-2.0")
                && about.contains("ControlsFX 11.2.1: BSD-3-Clause"), about);
        assertTrue(!about.contains("JFree") && !about.contains("GPL v3"), about);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.interact(() -> {
            try {
                Snapshots.writePng(Snapshots.snapshot(tabs, 1), Path.of("target", "help-guide.png"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void theGuideCoversCegTheAnchorsFramesAndEachChart() {
        List<String> headings = new HelpViewModel(new AppState(BundledDatasets.paper())).guide().stream().map(HelpViewModel.Section::heading).toList();
        assertTrue(headings.containsAll(List.of("What the explorer shows", "The two anchors", "Reference frames", "Loss scales", "Reading the charts")),
                headings.toString());
    }

    /** Issue 28: Esc closes Help and Training Runs (the windows beside the main one), as it closes a dialog. */
    @Test
    void escapeClosesTheWindowsBesideTheMainOne(FxRobot robot) {
        MenuBar bar = (MenuBar) window.root().lookup("#menu-bar");
        robot.interact(() -> ShellDialogsTest.all(bar.getMenus().stream().filter(m -> m.getText().equals("_Help")).findFirst().orElseThrow()
                .getItems()).stream().filter(i -> "_Keyboard Shortcuts".equals(i.getText())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        Stage help = (Stage) robot.lookup("#help-tabs").query().getScene().getWindow();
        assertTrue(help.isShowing());
        robot.interact(() -> help.getScene().getRoot().fireEvent(escape()));
        assertFalse(help.isShowing(), "Esc closed Help");

        robot.interact(() -> window.runs().show(window.root().getScene().getWindow(), RunsWindow.Page.FILES));
        Stage runs = (Stage) window.runs().scene().getWindow();
        assertTrue(runs.isShowing());
        robot.interact(() -> runs.getScene().getRoot().fireEvent(escape()));
        assertFalse(runs.isShowing(), "Esc closed Training Runs");
    }

    private static KeyEvent escape() {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false);
    }
}
