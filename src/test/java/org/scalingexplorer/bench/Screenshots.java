package org.scalingexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

import org.scalingexplorer.App;
import org.scalingexplorer.Composition;
import org.scalingexplorer.TestData;
import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.fit.LawKind;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Snapshots;
import org.scalingexplorer.ui.Theme;
import org.scalingexplorer.ui.export.ExportDialog;
import org.scalingexplorer.ui.fit.FitView;

/**
 * Writes the whole window at 1920x1080 with each side-panel tab, for looking at: {@code Screenshots DIR}. Run it
 * like the UI benchmark (README, "Benchmarks"), with this class as the main class.
 */
public final class Screenshots {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(dir);
        onFxThread(() -> {
            AppState state = new AppState(BundledDatasets.paper());
            Composition c = Composition.of(state, Composition.Wiring.of(Runnable::run, Runnable::run, List.of(), () -> { }));
            Scene scene = new Scene(c.root(), 1920, 1080);
            scene.getStylesheets().add(App.stylesheet());
            state.setYear(2025);
            shoot(c, 0, dir.resolve("attribution-frontier.png"));
            state.setMode(Attribution.Mode.FIXED);
            state.setCompute(20);
            state.setYear(2023);
            shoot(c, 0, dir.resolve("attribution-fixed.png"));
            state.setMode(Attribution.Mode.FRONTIER);
            state.setYear(2025);
            shoot(c, 1, dir.resolve("scale.png"));
            shoot(c, 2, dir.resolve("frames.png"));
            state.setCompute(20);
            c.whatIfVm().startDrawing();
            c.whatIfVm().moveHandle(1, 1e22, 2.3);
            c.framesVm().referenceIdProperty().set(c.whatIfVm().editingProperty().get());
            shoot(c, 2, dir.resolve("drawn-what-if.png"));
            c.whatIfVm().finishDrawing();
            shoot(c, 3, dir.resolve("innovations.png"));
            // a fit of Chinchilla's runs with its bootstrap band, Epoch AI's models on the compute axis
            c.fitVm().loadRuns(TestData.CHINCHILLA);
            c.fitVm().lawProperty().set(LawKind.CHINCHILLA);
            c.fitVm().dropHighestProperty().set(5);
            c.fitVm().resamplesProperty().set(200);
            c.fitVm().fit();
            Scene fitScene = new Scene(new FitView(c.fitVm(), null /* no button is pressed for the picture */), 1180, 640);
            fitScene.getStylesheets().add(App.stylesheet());
            fitScene.getRoot().applyCss();
            fitScene.getRoot().layout();
            Snapshots.writePng(Snapshots.snapshot(fitScene.getRoot(), 1), dir.resolve("fit-report.png"));
            c.fitVm().addAsAlgorithm();
            ExportDialog dialog = new ExportDialog(null, c.exportVm(),
                    Figures.View::full, null);
            // the dialog's pane, shown on its own for the picture
            Node content = dialog.getDialogPane().getContent();
            dialog.getDialogPane().setContent(null);
            VBox box = new VBox(new Label(dialog.getHeaderText()), content);
            box.setPadding(new Insets(12));
            Scene dialogScene = new Scene(box, 520, 360);
            dialogScene.getStylesheets().add(App.stylesheet());
            box.applyCss();
            box.layout();
            Snapshots.writePng(Snapshots.snapshot(box, 1), dir.resolve("export-dialog.png"));
            c.shellVm().importNotableModels(TestData.EPOCH);
            state.setCompute(21);
            shoot(c, 0, dir.resolve("fit-band.png"));
            // present mode, dark, at the smallest and largest sizes the issue names
            c.presentVm().themeProperty().set(Theme.DARK);
            for (int[] size : new int[][] {{1280, 720}, {3840, 2160}}) {
                Scene present = new Scene(new Pane(), size[0], size[1]);
                scene.setRoot(new Pane());
                present.setRoot(c.root());
                c.presentVm().presentingProperty().set(true);
                shoot(c, 0, dir.resolve("present-dark-" + size[0] + "x" + size[1] + ".png"));
                c.presentVm().presentingProperty().set(false);
                present.setRoot(new Pane());
            }
            c.presentVm().themeProperty().set(Theme.HIGH_CONTRAST);
            Scene hc = new Scene(c.root(), 1920, 1080);
            shoot(c, 1, dir.resolve("high-contrast.png"));
        });
        System.out.println("wrote " + dir.toAbsolutePath());
    }

    /** Any work that throws. */
    interface Work {
        void run() throws Exception;
    }

    /** Starts JavaFX, runs {@code work} on its thread, waits for it, and stops JavaFX even when it fails. */
    static void onFxThread(Work work) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        App.toolkitSettings();
        Platform.startup(started::countDown);
        started.await();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            done.get();
        } finally {
            Platform.exit();
        }
    }

    static void shoot(Composition c, int tab, Path file) throws Exception {
        c.sidePanel().getSelectionModel().select(tab);
        // as pulses would: a first pass measures table cells, whose columns then widen for the next, and the rows
        // handed to later (Platform.runLater) are laid out again in their new widths
        for (int pass = 0; pass < 3; pass++) {
            c.root().applyCss();
            c.root().layout();
            runWhatIsQueued();
        }
        Snapshots.writePng(Snapshots.snapshot(c.root(), 1), file);
    }

    /**
     * Runs what the window has handed to later on the FX thread, as the event loop would between a user's steps: the
     * shots are all taken within one task on that thread, so nothing queued would otherwise run before the last.
     */
    private static void runWhatIsQueued() {
        if (!Platform.canStartNestedEventLoop()) return;
        Object key = new Object();
        Platform.runLater(() -> Platform.exitNestedEventLoop(key, null));
        Platform.enterNestedEventLoop(key);
    }
}
