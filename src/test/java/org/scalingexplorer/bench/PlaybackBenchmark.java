package org.scalingexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.ui.AppState;
import org.scalingexplorer.ui.export.ExportViewModel;
import org.scalingexplorer.ui.present.PresentationViewModel;

/**
 * Issue 18's playback target: 121 frames at 1920x1080 in at most 20 s on 2 cores. Sweeps the years 2012 to 2025 over
 * 8 s at 15 frames a second on the attribution chart (every frame changes over much of the chart: the hardest
 * case for an animation that writes only what changed) and on the loss chart with a compute sweep, as GIF.
 */
public final class PlaybackBenchmark {
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Files.createTempDirectory("playback-bench");
        for (int rep = 0; rep < 2; rep++) {
            for (Figures.Kind kind : new Figures.Kind[] {Figures.Kind.ATTRIBUTION, Figures.Kind.LOGLOG}) {
                AppState state = new AppState(BundledDatasets.paper());
                PresentationViewModel present = new PresentationViewModel(state);
                present.targetProperty().set(kind == Figures.Kind.ATTRIBUTION ? PresentationViewModel.Target.YEAR : PresentationViewModel.Target.COMPUTE);
                present.fromProperty().set(kind == Figures.Kind.ATTRIBUTION ? 2012 : 18);
                present.toProperty().set(kind == Figures.Kind.ATTRIBUTION ? 2025 : 26);
                present.durationProperty().set(8);
                ExportViewModel export = new ExportViewModel(state, Optional::empty, Runnable::run, Runnable::run);
                export.kindProperty().set(kind);
                export.widthProperty().set(1920);
                export.heightProperty().set(1080);
                Path gif = dir.resolve(kind.id() + ".gif");
                long t0 = System.nanoTime();
                var refused = export.exportPlayback(present, gif, 15, Figures.View.full());
                double s = (System.nanoTime() - t0) / 1e9;
                if (refused.isPresent()) throw new IllegalStateException(refused.get());
                System.out.printf(Locale.ROOT, "%s: %d frames at 1920x1080 in %.1f s, %.1f MB (%s)%n", kind.id(), present.frameValues(15).length, s,
                        Files.size(gif) / 1e6, export.messageProperty().get());
            }
        }
    }
}
