package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.Composition;
import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.ui.DialogService;

/** The shell shows every dialog through a DialogService: a fake one drives the menus without any window of its own. */
@ExtendWith(ApplicationExtension.class)
class ShellDialogsTest {
    /** Answers file choosers with {@code next}, records what it was asked and shown. */
    static class FakeDialogs implements DialogService {
        Path next;
        final List<String> asked = new ArrayList<>();
        final List<InputException> problems = new ArrayList<>();

        @Override
        public Optional<Path> openFile(String kind, String title, List<Filter> filters) {
            asked.add("open " + kind);
            return Optional.ofNullable(next);
        }

        @Override
        public Optional<Path> saveFile(String kind, String title, String initialName, List<Filter> filters) {
            asked.add("save " + kind + " " + initialName);
            return Optional.ofNullable(next);
        }

        @Override
        public void showProblems(InputException e) {
            problems.add(e);
        }

        @Override
        public void showError(String header, String text) {
            asked.add("error " + header);
        }

        @Override
        public void showInformation(String title, String header, String text) {
            asked.add("info " + title);
        }

        @Override
        public Optional<String> ask(String header, String text, List<String> answers) {
            asked.add("ask " + header);
            return Optional.of("Cancel");
        }

        @Override
        public Optional<String> askText(String title, String header, String initial) {
            return Optional.empty();
        }

        @Override
        public <T> Optional<T> choose(String title, String header, T initial, List<T> choices) {
            return Optional.empty();
        }
    }

    final FakeDialogs dialogs = new FakeDialogs();
    AppState state;
    Composition window;

    @Start
    void start(Stage stage) {
        state = new AppState(BundledDatasets.paper());
        window = Composition.of(state, Composition.Wiring.of(Runnable::run, Runnable::run, List.of(), stage::close).withDialogs(dialogs));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    MenuItem item(String menu, String text) {
        MenuBar bar = (MenuBar) window.root().lookup("#menu-bar");
        Menu m = bar.getMenus().stream().filter(x -> x.getText().equals(menu)).findFirst().orElseThrow();
        return all(m.getItems()).stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    static List<MenuItem> all(List<MenuItem> items) {
        List<MenuItem> out = new ArrayList<>();
        for (MenuItem i : items) {
            out.add(i);
            if (i instanceof Menu sub) out.addAll(all(sub.getItems()));
        }
        return out;
    }

    @Test
    void exportTableWritesTheFileTheDialogServiceChose(FxRobot robot, @TempDir Path dir) throws Exception {
        dialogs.next = dir.resolve("attribution.csv");
        robot.interact(() -> item("_File", "Attribution table (CSV or Markdown)...").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.asked.contains("save table attribution.csv"), dialogs.asked.toString());
        assertTrue(Files.readString(dialogs.next).startsWith("year,compute,"), "the attribution table was written");
    }

    @Test
    void aBrokenDatasetIsShownAsProblemsAndTheScreenStaysAsItWas(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.scaling.json");
        Files.writeString(bad, "{\"format\": \"scaling-explorer-dataset\", \"version\": 2,\n  \"algorithms\": 3}");
        dialogs.next = bad;
        var before = state.dataset();
        robot.interact(() -> item("_File", "_Open...").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.problems.isEmpty());
        InputException e = dialogs.problems.get(0);
        assertTrue(e.file().endsWith("bad.scaling.json"));
        assertTrue(e.problems().get(0).line() > 0, e.problems().get(0).describe());
        assertEquals(before, state.dataset());
    }

    @Test
    void closingWithUnsavedWorkAsksAndCancelKeepsTheWindow(FxRobot robot) {
        robot.interact(() -> state.exclude(Set.of("rotary")));
        boolean[] mayClose = {true};
        robot.interact(() -> mayClose[0] = window.root().confirmClose());
        assertTrue(dialogs.asked.contains("ask Save the changes to the workspace before closing?"), dialogs.asked.toString());
        assertTrue(!mayClose[0], "Cancel keeps the window open");
    }
}
