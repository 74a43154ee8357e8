package org.scalingexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.Snapshots;
import org.scalingexplorer.ui.Theme;
import org.scalingexplorer.ui.runs.AblationViewModel;
import org.scalingexplorer.ui.runs.BacktestViewModel;
import org.scalingexplorer.ui.runs.IsoFlopViewModel;
import org.scalingexplorer.ui.runs.FrontierViewModel;
import org.scalingexplorer.ui.runs.ProvenanceViewModel;
import org.scalingexplorer.ui.runs.RunsImportViewModel;
import org.scalingexplorer.ui.runs.RunsSession;
import org.scalingexplorer.ui.runs.RunsWindow;
import org.scalingexplorer.ui.runs.ScaleDependenceViewModel;

/**
 * Writes every tab of the Training Runs window, with generated curves imported, fitted, measured and compared, in
 * the light, dark and high-contrast themes at 1280x800 and 1920x1080, for looking at: {@code RunsScreenshots DIR}.
 */
public final class RunsScreenshots {
    static final String HEADER = "step,training_loss,validation_loss,total_flops_profiler,theoretical_flops,tokens";

    /** A run of {@code size} on 1.9 + a C^alpha until it saturates at 1e15 size^2, with 0.3% noise, compute / speedup. */
    static String run(int size, double a, double alpha, double speedup, Random noise) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 60; i++) {
            double c = 1e14 * Math.pow(10, i * 5.0 / 59);
            double l = (1.9 + a * Math.pow(Math.min(c, 1e15 * size * size), alpha)) * (1 + 0.003 * noise.nextGaussian());
            b.append(String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6g,%.6g,0%n", i * 50, l + 0.05, l, c / speedup, c / speedup));
        }
        return b.toString();
    }

    static Path study(Path dir) throws Exception {
        Random noise = new Random(3);
        for (String[] algo : new String[][] {{"modern", "88", "-0.094", "1"}, {"transformer", "120", "-0.1", "0.8"}, {"lstm", "60", "-0.07", "0.6"}}) {
            Path f = Files.createDirectories(dir.resolve("scaling/" + algo[0]));
            for (int size : new int[] {32, 48, 64, 96, 128, 256}) {
                for (int seed = 1; seed <= 2; seed++) {
                    Files.writeString(f.resolve(size + "_" + algo[0] + "_" + seed + ".csv"),
                            run(size, Double.parseDouble(algo[1]), Double.parseDouble(algo[2]), Double.parseDouble(algo[3]), noise));
                }
            }
        }
        Files.writeString(dir.resolve("scaling/modern/header-only_64d_layer.csv"), HEADER + "\n");
        Files.writeString(dir.resolve("scaling/lstm/summary.csv"), "experiment,best_validation_loss\nx,5.6\n");
        return dir.resolve("scaling");
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        Path data = study(Files.createTempDirectory("runs-shots"));
        Screenshots.onFxThread(() -> {
            AppState state = new AppState(BundledDatasets.paper());
            RunsSession session = new RunsSession();
            RunsImportViewModel importVm = new RunsImportViewModel(session, Runnable::run, Runnable::run);
            FrontierViewModel frontier = new FrontierViewModel(state, session, Runnable::run, Runnable::run);
            AblationViewModel ablation = new AblationViewModel(state, session, Runnable::run);
            ScaleDependenceViewModel scale = new ScaleDependenceViewModel(state, session, Runnable::run, Runnable::run);
            ObjectProperty<ChartStyle> style = new SimpleObjectProperty<>(ChartStyle.light());
            BacktestViewModel backtest = new BacktestViewModel(session, Runnable::run, Runnable::run);
            IsoFlopViewModel isoflop = new IsoFlopViewModel(session, BundledDatasets.laws(), Runnable::run, Runnable::run);
            RunsWindow window = new RunsWindow(session, importVm, frontier, ablation, scale, backtest, isoflop, new ProvenanceViewModel(state), null, style);
            importVm.add(List.of(data));
            window.show(null, RunsWindow.Page.FILES);
            Stage stage = (Stage) window.scene().getWindow();
            shootAll(window, stage, style, out, "files-listed");
            importVm.importRuns();
            frontier.resamplesProperty().set(200);
            frontier.fit();
            frontier.addAsAlgorithm();
            ablation.baselineProperty().set("modern");
            ablation.sizeProperty().set(ablation.sizes().stream().filter(c -> c.id().equals("64")).findFirst().orElseThrow());
            ablation.measure();
            ablation.addAsInnovation("transformer");
            scale.baselineProperty().set("lstm");
            scale.variantProperty().set("modern");
            scale.resamplesProperty().set(200);
            scale.compare();
            backtest.algorithmProperty().set("modern");
            backtest.run();
            isoflop.algorithmProperty().set("modern");
            isoflop.run();
            shootAll(window, stage, style, out, "done");
        });
        System.out.println("wrote " + out.toAbsolutePath());
    }

    static void shootAll(RunsWindow window, Stage stage, ObjectProperty<ChartStyle> style, Path out, String when) throws Exception {
        Scene scene = window.scene();
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST}) {
            scene.getStylesheets().setAll(theme.stylesheets(false));
            style.set(switch (theme) {
                case LIGHT -> ChartStyle.light();
                case DARK -> ChartStyle.dark();
                default -> ChartStyle.highContrast();
            });
            for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
                // the headless platform keeps the scene's first size: the root is sized as the window would size it
                Region root = (Region) scene.getRoot();
                root.setPrefSize(size[0], size[1]);
                root.resize(size[0], size[1]);
                for (RunsWindow.Page page : RunsWindow.Page.values()) {
                    if (when.equals("files-listed") && page != RunsWindow.Page.FILES) continue;
                    window.show(null, page);
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    String name = String.format(Locale.ROOT, "runs-%s-%s-%s-%dx%d.png", when, page.name().toLowerCase(Locale.ROOT),
                            theme.name().toLowerCase(Locale.ROOT).replace('_', '-'), size[0], size[1]);
                    Snapshots.writePng(Snapshots.snapshot(scene.getRoot(), 1), out.resolve(name));
                }
            }
        }
    }
}
