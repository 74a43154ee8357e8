package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.scalingexplorer.App;
import org.scalingexplorer.Composition;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.ui.runs.RunsImportViewModel;

/**
 * The Training Runs window through the main window's menu: a folder chosen (through the dialog service) lists its
 * files, Import reads them and moves on to the frontier, a fit is added to the dataset and listed under Provenance.
 */
@ExtendWith(ApplicationExtension.class)
class RunsWindowTest {
    static final class Folder extends ShellDialogsTest.FakeDialogs {
        Path folder;

        @Override
        public Optional<Path> openFolder(String kind, String title) {
            asked.add("folder " + kind);
            return Optional.ofNullable(folder);
        }
    }

    final Folder dialogs = new Folder();
    AppState state;
    Composition window;

    @Start
    void start(Stage stage) {
        state = new AppState(BundledDatasets.paper());
        window = Composition.of(state, Composition.Wiring.of(Runnable::run, Runnable::run, List.of(), stage::close).withDialogs(dialogs));
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(App.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aFolderOfCurvesIsImportedFittedAndAddedWithItsProvenance(FxRobot robot, @TempDir Path dir) throws Exception {
        Path algo = Files.createDirectories(dir.resolve("modern"));
        for (int size : new int[] {32, 64, 128, 256}) {
            StringBuilder b = new StringBuilder("step,training_loss,validation_loss,total_flops_profiler,theoretical_flops,tokens\n");
            for (int i = 0; i < 40; i++) {
                double c = 1e14 * Math.pow(10, i * 5.0 / 39);
                double l = 1.9 + 88 * Math.pow(Math.min(c, 1e15 * size * size), -0.094);
                b.append(i).append(',').append(l).append(',').append(l).append(',').append(c).append(',').append(c).append(",0\n");
            }
            Files.writeString(algo.resolve(size + "_modern_1.csv"), b.toString());
        }
        Files.writeString(algo.resolve("summary.csv"), "experiment,best_validation_loss\nx,5.6\n");
        dialogs.folder = dir;
        robot.interact(() -> ShellDialogsTest.all(((MenuBar) window.root().lookup("#menu-bar")).getMenus().stream()
                .filter(m -> m.getText().equals("_Algorithms")).findFirst().orElseThrow().getItems()).stream()
                .filter(i -> "Training _Runs...".equals(i.getText())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#runs-add-folder").queryAs(Button.class).fire());
        TableView<?> table = robot.lookup("#runs-table").queryAs(TableView.class);
        assertEquals(5, table.getItems().size());
        // issue 28: sorted by its File column, the files go as people count (128 after 32), both ways
        TableColumn<?, ?> file = table.getColumns().stream().filter(c -> c.getText().equals("File")).findFirst().orElseThrow();
        robot.interact(() -> sortBy(table, file));
        assertEquals(List.of("32_modern_1.csv", "64_modern_1.csv", "128_modern_1.csv", "256_modern_1.csv", "summary.csv"), files(table));
        robot.interact(() -> file.setSortType(TableColumn.SortType.DESCENDING));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("summary.csv", "256_modern_1.csv", "128_modern_1.csv", "64_modern_1.csv", "32_modern_1.csv"), files(table));
        robot.interact(() -> table.getSortOrder().clear());
        robot.interact(() -> robot.lookup("#runs-import").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#runs-tabs").queryAs(TabPane.class);
        assertEquals(1, tabs.getSelectionModel().getSelectedIndex(), "after the import the frontier tab is shown");
        String skipped = robot.lookup("#runs-skipped").queryAs(TextArea.class).getText();
        assertTrue(skipped.contains(algo.resolve("summary.csv") + ": another schema"), skipped);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> n = robot.lookup("#frontier-resamples").queryAs(Spinner.class);
            n.getValueFactory().setValue(30);
            robot.lookup("#frontier-fit").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String message = robot.lookup("#frontier-message").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Fitted modern: "), message);
        robot.interact(() -> robot.lookup("#frontier-add").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.dataset().findAlgorithm("runs-modern").isPresent(), "the fit is an algorithm of the dataset");
        robot.interact(() -> tabs.getSelectionModel().select(4));
        TableView<?> provenance = robot.lookup("#provenance-table").queryAs(TableView.class);
        assertEquals(1, provenance.getItems().size());
        assertTrue(provenance.getItems().get(0).toString().contains("Fitted from 4 runs"), provenance.getItems().get(0).toString());
        robot.interact(() -> {
            try {
                Snapshots.writePng(Snapshots.snapshot(tabs, 1), Path.of("target", "runs-window.png"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortBy(TableView table, TableColumn column) {
        table.getSortOrder().setAll(column);
    }

    private static List<String> files(TableView<?> table) {
        return table.getItems().stream().map(r -> ((RunsImportViewModel.Row) r).file()).toList();
    }
}
