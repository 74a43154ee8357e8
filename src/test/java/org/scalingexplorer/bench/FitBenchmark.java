package org.scalingexplorer.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.scalingexplorer.TestData;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.runs.EpochCsvReader;
import org.scalingexplorer.io.runs.RunsCsvReader;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.CegCurves;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.ScalingLaw;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.FitOptions;
import org.scalingexplorer.model.fit.Fitter;
import org.scalingexplorer.model.fit.LawKind;
import org.scalingexplorer.model.fit.Uncertainty;

/**
 * The fitting targets of issue 5, timed on the real files kept in src/test/resources/data (run from the project directory):
 * the L(N, D) fit of the 240 Chinchilla runs with its multi-start grid (<= 2 s), 1,000 bootstrap refits (<= 60 s)
 * and importing Epoch AI's CSV (<= 300 ms). Medians after warm-up.
 */
public final class FitBenchmark {
    public static void main(String[] args) throws Exception {
        Path data = args.length > 0 ? Path.of(args[0]) : TestData.file("");
        List<Run> runs = RunsCsvReader.readForFit(data.resolve("chinchilla-figure4-extracted.csv")).get(RunsCsvReader.UNNAMED);
        FitOptions options = FitOptions.defaults().withDropHighest(5);
        System.out.println(Runtime.getRuntime().availableProcessors() + " cores");
        double[] fit = new double[5];
        Fitter.fit(LawKind.CHINCHILLA, runs, options);
        for (int i = 0; i < fit.length; i++) {
            long t0 = System.nanoTime();
            Fitter.fit(LawKind.CHINCHILLA, runs, options);
            fit[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "L(N, D) fit, 240 runs, 4,500 starts: median %.0f ms (of %d)%n", median(fit), fit.length);
        long t0 = System.nanoTime();
        Bootstrap.Result b = Bootstrap.run(LawKind.CHINCHILLA, runs, options, 1000, 1, 0.95, d -> {
            if (d % 250 == 0) System.out.printf(Locale.ROOT, "  bootstrap %d/1000 at %.1f s%n", d, (System.nanoTime() - t0) / 1e9);
        }, new AtomicBoolean());
        System.out.printf(Locale.ROOT, "1,000 bootstrap refits (full fit included): %.1f s, %d failed%n", (System.nanoTime() - t0) / 1e9, b.failed());
        // carrying the bootstrap into what the window shows: the CEG interval of the fit against the LSTM at the
        // slider's compute (every slider step), the attribution total's interval with the fit as the Transformer
        // (in the background, latest request wins), and the loss band (once per fit)
        Dataset paper = BundledDatasets.paper();
        List<ScalingLaw> laws = Uncertainty.laws(b,
                Optional.of(new ComputeRange(1e18, 1e22)));
        Uncertainty u = Uncertainty.of(Map.of("fit", laws), 0.95);
        Algorithm fitAlg = new Algorithm("fit", "fit", "", "", b.fit().law(), List.of(),
                Set.of(), false);
        Algorithm lstm = paper.algorithm("lstm");
        double[] ceg = new double[50];
        for (int i = 0; i < ceg.length + 10; i++) {
            long s = System.nanoTime();
            u.ceg(lstm, fitAlg, Anchor.REFERENCE, Math.pow(10, 18 + i * 0.1));
            if (i >= 10) ceg[i - 10] = (System.nanoTime() - s) / 1e6;
        }
        System.out.printf(Locale.ROOT, "CEG interval over 1,000 draws (L(N, D) fit vs LSTM): median %.2f ms, max %.2f ms%n", median(ceg),
                Arrays.stream(ceg).max().orElseThrow());
        Uncertainty asTransformer = Uncertainty.of(
                Map.of("transformer-2017", laws), 0.95);
        double[] att = new double[10];
        for (int i = 0; i < att.length + 3; i++) {
            long s = System.nanoTime();
            asTransformer.attributionTotal(paper, Set.of(), 2025, paper.requireTrend().compute(2025));
            if (i >= 3) att[i - 3] = (System.nanoTime() - s) / 1e6;
        }
        System.out.printf(Locale.ROOT, "Attribution total interval over 1,000 draws (one year): median %.1f ms%n", median(att));
        double[] band = new double[10];
        double[] grid = CegCurves.logGrid(1e12, 1e28, 240);
        for (int i = 0; i < band.length + 3; i++) {
            long s = System.nanoTime();
            u.lossBand("fit", grid);
            if (i >= 3) band[i - 3] = (System.nanoTime() - s) / 1e6;
        }
        System.out.printf(Locale.ROOT, "Loss band, 240 computes x 1,000 draws: median %.1f ms%n", median(band));
        double[] epoch = new double[10];
        for (int i = 0; i < 3; i++) EpochCsvReader.read(data.resolve("epoch-all-ml-systems.csv"));
        for (int i = 0; i < epoch.length; i++) {
            long s = System.nanoTime();
            EpochCsvReader.read(data.resolve("epoch-all-ml-systems.csv"));
            epoch[i] = (System.nanoTime() - s) / 1e6;
        }
        System.out.printf(Locale.ROOT, "Epoch CSV import (1,892 records): median %.0f ms (of %d)%n", median(epoch), epoch.length);
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
