package org.scalingexplorer.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import com.sun.javafx.scene.NodeHelper;

import org.scalingexplorer.App;
import org.scalingexplorer.Composition;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.ui.AppState;

/**
 * Where the raster of UiBenchmark's frame goes (software pipeline, 1280x800): the whole window's snapshot, the window
 * without each kind of part (tables, side panel, control bars, charts, legends), and a snapshot of every large node
 * of the tree; then steps with and without the raster. Arguments: [STYLESHEET] an extra stylesheet to try, [any
 * second] to leave out the tree. Run it as UiBenchmark is run, with this class as the main class.
 */
public final class RasterProfile {
    private static final String[] PARTS = {".table-view", ".side-panel", ".control-bar", ".top-bar", ".status-bar", ".log-chart", ".chart-legend",
        ".year-chart"};

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        App.toolkitSettings();
        Platform.startup(started::countDown);
        started.await();
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(profile(args));
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        System.out.println(done.get());
        Platform.exit();
    }

    private static String profile(String[] args) {
        StringBuilder out = new StringBuilder();
        AppState state = new AppState(BundledDatasets.paper());
        Composition c = Composition.of(state, Composition.Wiring.of(Runnable::run, Runnable::run, List.of(), () -> { }));
        Scene s = new Scene(c.root(), 1280, 800);
        s.getStylesheets().add(App.stylesheet());
        if (args.length > 0) s.getStylesheets().add(Path.of(args[0]).toUri().toString());
        Stage stage = new Stage();
        stage.setScene(s);
        stage.show();
        Parent root = s.getRoot();
        for (int w = 0; w < 30; w++) root.snapshot(null, null);
        WritableImage img = new WritableImage(1280, 800);
        out.append("idle snapshot: ").append(time(() -> root.snapshot(null, null), 50)).append('\n');
        out.append("idle snapshot into one image: ").append(time(() -> root.snapshot(null, img), 50)).append('\n');
        for (String part : PARTS) {
            Set<Node> nodes = new HashSet<>(root.lookupAll(part));
            nodes.removeIf(n -> n.visibleProperty().isBound() || !n.isVisible());
            nodes.forEach(n -> n.setVisible(false));
            out.append("without ").append(part).append(" (").append(nodes.size()).append("): ").append(time(() -> root.snapshot(null, img), 40)).append('\n');
            nodes.forEach(n -> n.setVisible(true));
        }
        if (args.length < 2) walk(root, 0, out);
        int[] i = {0};
        out.append("step + CSS + layout: ").append(time(() -> {
            state.setCompute(12 + (i[0]++ % 160) * 0.1);
            NodeHelper.processCSS(root);
            root.layout();
        }, 300)).append('\n');
        out.append("step + snapshot: ").append(time(() -> {
            state.setCompute(12 + (i[0]++ % 160) * 0.1);
            NodeHelper.processCSS(root);
            root.layout();
            root.snapshot(null, img);
        }, 100)).append('\n');
        return out.toString();
    }

    /** Each visible node of more than 30,000 square pixels (3,000 inside a table), snapshot alone, as a tree. */
    private static void walk(Node n, int depth, StringBuilder out) {
        Bounds b = n.getLayoutBounds();
        if (b.getWidth() * b.getHeight() < (inTable(n) ? 3_000 : 30_000) || depth > 14 || !n.isVisible()) return;
        WritableImage img = new WritableImage((int) Math.ceil(b.getWidth()), (int) Math.ceil(b.getHeight()));
        out.append("  ".repeat(depth)).append(n.getClass().getSimpleName()).append(' ').append(n.getStyleClass())
                .append(String.format(" %.0fx%.0f: ", b.getWidth(), b.getHeight())).append(time(() -> n.snapshot(null, img), 20)).append('\n');
        if (n instanceof Parent p) for (Node k : p.getChildrenUnmodifiable()) walk(k, depth + 1, out);
    }

    private static boolean inTable(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (p instanceof TableView) return true;
        return false;
    }

    private static String time(Runnable r, int n) {
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            long t0 = System.nanoTime();
            r.run();
            t[k] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return String.format("p50 %.2f p95 %.2f ms", t[n / 2], t[(int) (n * 0.95)]);
    }
}
