package org.scalingexplorer.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import com.sun.javafx.scene.NodeHelper;

import org.scalingexplorer.App;
import org.scalingexplorer.Composition;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.ui.AppState;

/** Where a slider step's time goes (arguments: mode FRONTIER or FIXED, side-panel tab, steps): the listeners, CSS, layout and drawing. */
public final class StepProfile {
    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        App.toolkitSettings();
        Platform.startup(started::countDown);
        started.await();
        CompletableFuture<double[][]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            AppState state = new AppState(BundledDatasets.paper());
            if (args.length > 0) state.setMode(Attribution.Mode.valueOf(args[0]));
            Composition c = Composition.of(state, Composition.Wiring.of(Runnable::run, Runnable::run, List.of(), () -> { }));
            if (args.length > 1) c.sidePanel().getSelectionModel().select(Integer.parseInt(args[1]));
            Scene s = new Scene(c.root(), 1280, 800);
            s.getStylesheets().add(App.stylesheet());
            Stage stage = new Stage();
            stage.setScene(s);
            stage.show();
            int n = args.length > 2 ? Integer.parseInt(args[2]) : 1500;
            double[][] t = new double[3][n];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                state.setCompute(12 + (i % 160) * 0.1);
                long t1 = System.nanoTime();
                NodeHelper.processCSS(s.getRoot());
                long t2 = System.nanoTime();
                s.getRoot().layout();
                long t3 = System.nanoTime();
                t[0][i] = (t1 - t0) / 1e6;
                t[1][i] = (t2 - t1) / 1e6;
                t[2][i] = (t3 - t2) / 1e6;
            }
            done.complete(t);
        });
        double[][] t = done.get();
        String[] names = {"listeners", "css", "layout+draw"};
        for (int k = 0; k < 3; k++) {
            double[] v = Arrays.copyOfRange(t[k], 500, t[k].length);
            Arrays.sort(v);
            System.out.printf("%-12s p50 %.2f ms, p95 %.2f ms%n", names[k], v[v.length / 2], v[(int) (v.length * 0.95)]);
        }
        Platform.exit();
    }
}
