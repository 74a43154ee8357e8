package org.scalingexplorer.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.scene.NodeHelper;

import org.scalingexplorer.App;
import org.scalingexplorer.Composition;
import org.scalingexplorer.TestData;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.CegCurves;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.fit.LawKind;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.chart.LogChart;

/**
 * The window's speed targets (issues 3 and 4: a slider step redraws the charts, the table and the side panel), measured in a real scene under Monocle (headless, software rendering).
 * Run: see README, "Benchmarks". Reports, per slider step, the work on the FX thread (recompute, canvas commands,
 * table update, CSS and layout) and a whole frame including rasterisation (a snapshot of the window), also into one
 * reused image, without the snapshot's own allocation of a new one. A whole frame is timed once the window has
 * painted the step before: a window rasterises once per step, and the headless window's own repaint of the last
 * step, left to run on the render thread while the next snapshot waits its turn, made each timed frame carry most of a
 * second raster. The frames timed back to back, as before, are printed too.
 */
public final class UiBenchmark {
    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch started = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        App.toolkitSettings();
        Platform.startup(started::countDown);
        started.await();
        System.out.println("toolkit started");
        Dataset stress = StressData.generate(50, 100_000, 42);
        System.out.println("window 1280x800, " + Runtime.getRuntime().availableProcessors() + " cores");
        List<String> only = Arrays.stream(args).map(a -> a.toLowerCase(Locale.ROOT)).toList();
        measure(only, "bundled, side panel in frontier mode", BundledDatasets.paper(), 1000, Attribution.Mode.FRONTIER, 0);
        measure(only, "bundled, side panel in fixed mode", BundledDatasets.paper(), 1000, Attribution.Mode.FIXED, 0);
        measure(only, "bundled, by-scale tab", BundledDatasets.paper(), 1000, Attribution.Mode.FIXED, 1);
        measure(only, "bundled, frames tab with the matrix", BundledDatasets.paper(), 1000, Attribution.Mode.FIXED, 2);
        measure(only, "stress: 50 algorithms, 100,000 runs", stress, 300, Attribution.Mode.FRONTIER, 0);
        measure(only, "bundled + L(N, D) fit, 1,000 resamples", BundledDatasets.paper(), 1000, Attribution.Mode.FRONTIER, 0, c -> {
            c.fitVm().loadRuns(TestData.CHINCHILLA);
            c.fitVm().lawProperty().set(LawKind.CHINCHILLA);
            c.fitVm().dropHighestProperty().set(5);
            c.fitVm().fit();
            c.fitVm().addAsAlgorithm().orElseThrow();
        });
        if (only.isEmpty() || only.stream().anyMatch("linechart"::contains)) compareWithLineChart(stress);
        Platform.exit();
    }

    /** {@code work} run on the FX thread, its result or its exception handed back. */
    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get();
    }

    /** @param tab the side panel's tab: 0 attribution, 1 by scale, 2 frames */
    static void measure(List<String> only, String name, Dataset dataset, int steps, Attribution.Mode mode, int tab) throws Exception {
        measure(only, name, dataset, steps, mode, tab, c -> { });
    }

    /**
     * @param only  words of the scenarios to run (e.g. {@code fit stress}); all when empty
     * @param setup what is done to the window before timing, e.g. a fit added with its bootstrap. It runs with the
     *              window's background work done at once; while timing, that work (bootstrap intervals at the cursor)
     *              runs on a worker thread and comes back through {@code Platform.runLater}, as in the app
     */
    static void measure(List<String> only, String name, Dataset dataset, int steps, Attribution.Mode mode, int tab,
                                Consumer<Composition> setup) throws Exception {
        if (!only.isEmpty() && only.stream().noneMatch(name.toLowerCase(Locale.ROOT)::contains)) return;
        AppState state = new AppState(dataset);
        state.setMode(mode);
        AtomicBoolean live = new AtomicBoolean();
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "benchmark-worker");
            t.setDaemon(true);
            return t;
        });
        Executor background = r -> {
            if (live.get()) workers.execute(Numbers.carrying(r));
            else r.run();
        };
        Executor ui = r -> {
            if (live.get()) Platform.runLater(r);
            else r.run();
        };
        Scene scene = onFx(() -> {
            Composition c = Composition.of(state, Composition.Wiring.of(background, ui, List.of(), () -> { }));
            setup.accept(c);
            c.sidePanel().getSelectionModel().select(tab);
            Scene s = new Scene(c.root(), 1280, 800);
            s.getStylesheets().add(App.stylesheet());
            Stage stage = new Stage();
            stage.setScene(s);
            stage.show();
            live.set(true);
            return s;
        });
        double[] fxThread = new double[steps];
        double[] frame = new double[steps / 5];
        for (int warm = 0; warm < 300; warm++) step(state, scene, 12 + (warm % 150) * 0.1, false, null);
        for (int i = 0; i < steps; i++) fxThread[i] = step(state, scene, 12 + (i % 160) * 0.1, false, null);
        int[] unpainted = new int[1];
        for (int i = 0; i < frame.length; i++) frame[i] = settledFrame(state, scene, 12 + (i % 160) * 0.1, null, unpainted);
        double[] reused = new double[frame.length];
        WritableImage[] image = new WritableImage[1];
        for (int i = 0; i < reused.length; i++) reused[i] = settledFrame(state, scene, 12 + (i % 160) * 0.1, image, unpainted);
        double[] backToBack = new double[frame.length];
        for (int i = 0; i < backToBack.length; i++) backToBack[i] = step(state, scene, 12 + (i % 160) * 0.1, true, null);
        System.out.printf(Locale.ROOT, "%-40s slider step, FX thread: p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d steps)%n", name,
                pct(fxThread, 50), pct(fxThread, 95), pct(fxThread, 100), steps);
        System.out.printf(Locale.ROOT, "%-40s slider step + full-window raster: p50 %.2f ms, p95 %.2f ms (%d steps)%n", name,
                pct(frame, 50), pct(frame, 95), frame.length);
        System.out.printf(Locale.ROOT, "%-40s slider step + full-window raster into one reused image: p50 %.2f ms, p95 %.2f ms (%d steps)%n", name,
                pct(reused, 50), pct(reused, 95), reused.length);
        System.out.printf(Locale.ROOT, "%-40s slider step + full-window raster, back to back (the window's repaint of each step overlapping the next): p50 %.2f ms, p95 %.2f ms (%d steps)%n",
                name, pct(backToBack, 50), pct(backToBack, 95), backToBack.length);
        if (unpainted[0] > 0) System.out.printf(Locale.ROOT, "%-40s (%d steps left nothing for the window to paint)%n", name, unpainted[0]);
        onFx(() -> {
            ((Stage) scene.getWindow()).close();
            return null;
        });
        workers.shutdown();
    }

    /**
     * One slider step, timed on the FX thread: the property change, then the CSS and layout passes of the pulse the
     * toolkit would run next (CSS only where something changed, layout, canvas commands). Not the scene-graph sync:
     * it waits on the render thread, which the headless toolkit keeps busy with its own pulses. With {@code raster}
     * the window is also rendered to pixels. ({@code root.applyCss()} would force CSS on the whole tree, which no pulse
     * does.)
     *
     * @param keep where the rendered image is kept for the next step, or null for a new image at every step. A new
     *             image is 4 MB, which a window's repaint does not make (it draws into the surface it has), and which
     *             the garbage collector takes as a humongous object: a concurrent cycle every few frames, on a machine
     *             of two cores. The line with a kept image shows how much of the frame that is; the target is judged
     *             on the line with a new image.
     */
    private static double step(AppState state, Scene scene, double log10, boolean raster, WritableImage[] keep) throws Exception {
        return onFx(() -> timed(state, scene, log10, raster, keep));
    }

    /** {@link #step}'s work, on the FX thread. */
    private static double timed(AppState state, Scene scene, double log10, boolean raster, WritableImage[] keep) {
        long t0 = System.nanoTime();
        state.setCompute(log10);
        Parent root = scene.getRoot();
        NodeHelper.processCSS(root);
        root.layout();
        if (raster) {
            WritableImage image = root.snapshot(null, keep == null ? null : keep[0]);
            if (keep != null) keep[0] = image;
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * A whole frame, timed after the window has painted the step before. The wait is for the headless window's own
     * repaint (the scene's performance tracker reports each frame the render thread finishes), at most 100 ms: a step
     * that changed nothing visible leaves nothing to paint, and is counted in {@code unpainted}.
     */
    private static double settledFrame(AppState state, Scene scene, double log10, WritableImage[] keep, int[] unpainted) throws Exception {
        CountDownLatch painted = new CountDownLatch(1);
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        // set on the FX thread before the step's pulse can run, so that pulse's frame is the one awaited
        double ms = onFx(() -> {
            double t = timed(state, scene, log10, true, keep);
            tracker.setOnRenderedFrameTask(painted::countDown);
            return t;
        });
        if (!painted.await(100, TimeUnit.MILLISECONDS)) unpainted[0]++;
        tracker.setOnRenderedFrameTask(null);
        return ms;
    }

    /** The same stress data as a JavaFX LineChart (log10 values on NumberAxes: it has no log axis) and as a LogChart. */
    private static void compareWithLineChart(Dataset d) throws Exception {
        double[] grid = CegCurves.logGrid(1e12, 1e28, 240);
        double[] ours = new double[5];
        double[] theirs = new double[5];
        for (int rep = 0; rep < ours.length; rep++) {
            ours[rep] = onFx(() -> {
                long t0 = System.nanoTime();
                AppState state = new AppState(d);
                Composition c = Composition.of(state, Composition.Wiring.of(Runnable::run, Runnable::run, List.of(), () -> { }));
                LogChart chart = c.explorer().lossChart();
                Scene s = new Scene(new StackPane(chart), 1280, 800);
                s.getRoot().applyCss();
                s.getRoot().layout();
                s.getRoot().snapshot(null, null);
                return (System.nanoTime() - t0) / 1e6;
            });
            theirs[rep] = onFx(() -> {
                long t0 = System.nanoTime();
                LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(12, 28, 2), new NumberAxis());
                chart.setAnimated(false);
                chart.setCreateSymbols(true);
                for (Algorithm a : d.algorithms()) {
                    XYChart.Series<Number, Number> curve = new XYChart.Series<>();
                    curve.setName(a.name());
                    for (double x : grid) curve.getData().add(new XYChart.Data<>(Math.log10(x), Math.log10(a.law().loss(x))));
                    XYChart.Series<Number, Number> runs = new XYChart.Series<>();
                    for (Run r : a.runs()) runs.getData().add(new XYChart.Data<>(Math.log10(r.compute()), Math.log10(r.loss())));
                    chart.getData().add(curve);
                    chart.getData().add(runs);
                }
                Scene s = new Scene(new StackPane(chart), 1280, 800);
                s.getRoot().applyCss();
                s.getRoot().layout();
                s.getRoot().snapshot(null, null);
                return (System.nanoTime() - t0) / 1e6;
            });
        }
        double o = pct(ours, 50);
        double t = pct(theirs, 50);
        System.out.printf(Locale.ROOT, "stress data, build + first full draw: LogChart (whole explorer) %.0f ms, JavaFX LineChart %.0f ms, ratio %.1fx%n", o, t, t / o);
    }

    private static double pct(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }
}
