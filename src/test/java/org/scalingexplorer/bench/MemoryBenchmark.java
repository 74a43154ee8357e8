package org.scalingexplorer.bench;

import static org.scalingexplorer.bench.UiBenchmark.onFx;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.scalingexplorer.App;
import org.scalingexplorer.Composition;
import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.present.PresentationViewModel;

/**
 * Issue 27's memory targets: the window at 1920x1080 idle at most 300 MB resident, and at most 1 GB after importing
 * 3,000 curve files in the Training Runs window, fitting a frontier with 1,000 bootstrap resamples and exporting a
 * playback GIF (121 frames at 1920x1080). Run it with the launcher's options (README, "Benchmarks"): the heap bound
 * and the periodic collection that gives an idle heap back are what is measured. Under Xvfb (DISPLAY set) the window
 * is a real GTK one; without a display, Monocle's headless one. Reads the resident set from /proc (Linux).
 */
public final class MemoryBenchmark {
    /** Long enough for G1's periodic collection (the launcher asks for one after 30 s without any) to run while nothing happens. */
    private static final long IDLE_MS = 65_000;

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        System.out.println("JVM options: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        CountDownLatch started = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        App.toolkitSettings();
        Platform.startup(started::countDown);
        started.await();
        ExecutorService background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "background");
            t.setDaemon(true);
            return t;
        });
        AppState state = new AppState(BundledDatasets.paper());
        Composition c = onFx(() -> {
            Composition made = Composition.of(state, Composition.Wiring.of(r -> background.execute(Numbers.carrying(r)), Platform::runLater,
                    List.of(), () -> { }));
            Stage stage = new Stage();
            Scene scene = new Scene(made.root(), 1920, 1080);
            scene.getStylesheets().add(App.stylesheet());
            stage.setScene(scene);
            stage.show();
            return made;
        });
        Thread.sleep(IDLE_MS);
        report("window at 1920x1080, idle " + IDLE_MS / 1000 + " s");

        Path dir = Files.createTempDirectory("memory-bench");
        CurvesFiles.write(dir, 30, 100);
        onFx(() -> {
            c.runs().importVm().add(List.of(dir));
            return null;
        });
        waitFor(() -> !c.runs().importVm().task().busy());
        onFx(() -> c.runs().importVm().importRuns()).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        waitFor(() -> !c.runs().importVm().task().busy());
        System.out.println("  import: " + onFx(() -> c.runs().importVm().task().messageProperty().get()));
        report("  after the import");
        onFx(() -> {
            c.runs().frontierVm().algorithmProperty().set("algo0");
            c.runs().frontierVm().resamplesProperty().set(1000);
            return c.runs().frontierVm().fit();
        }).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        waitFor(() -> !c.runs().frontierVm().task().busy());
        System.out.println("  fit: " + onFx(() -> c.runs().frontierVm().task().messageProperty().get()));
        report("  after the fit");
        Path gif = dir.resolve("playback.gif");
        onFx(() -> {
            PresentationViewModel present = c.presentVm();
            present.targetProperty().set(PresentationViewModel.Target.YEAR);
            present.fromProperty().set(2012);
            present.toProperty().set(2025);
            present.durationProperty().set(8);
            c.exportVm().kindProperty().set(Figures.Kind.ATTRIBUTION);
            c.exportVm().widthProperty().set(1920);
            c.exportVm().heightProperty().set(1080);
            return c.exportVm().exportPlayback(present, gif, 15, Figures.View.full());
        }).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        waitFor(() -> !c.exportVm().playingProperty().get());
        System.out.printf(Locale.ROOT, "  playback: %s (%.1f MB)%n", onFx(() -> c.exportVm().messageProperty().get()), Files.size(gif) / 1e6);
        report("  after the playback");
        System.out.printf(Locale.ROOT, "after 3,000 curve files, a 1,000-resample frontier fit and a playback GIF: peak resident %.0f MB%n", peak / 1024.0);
        Thread.sleep(IDLE_MS);
        report("the same, then idle " + IDLE_MS / 1000 + " s");
        Platform.exit();
        System.exit(0);
    }

    /** The highest resident set seen by {@link #report} so far, in kB (its own peak is reset after each step). */
    private static long peak;

    private static void report(String when) throws Exception {
        long[] kb = status();
        peak = Math.max(peak, kb[1]);
        // the kernel's peak starts again from here (Linux: 5 to clear_refs), so each step's peak is its own
        Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%-75s resident %.0f MB (peak %.0f MB), heap used %.0f MB of %.0f MB committed, max %.0f MB%n", when,
                kb[0] / 1024.0, kb[1] / 1024.0, (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.totalMemory() / 1048576.0,
                rt.maxMemory() / 1048576.0);
    }

    /** VmRSS and VmHWM in kB. */
    private static long[] status() throws Exception {
        long[] out = new long[2];
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) out[0] = Long.parseLong(line.replaceAll("\\D", ""));
            if (line.startsWith("VmHWM:")) out[1] = Long.parseLong(line.replaceAll("\\D", ""));
        }
        return out;
    }

    private static void waitFor(BooleanSupplier done) throws Exception {
        Thread.sleep(200);
        while (!onFx(done::getAsBoolean)) Thread.sleep(100);
    }
}
