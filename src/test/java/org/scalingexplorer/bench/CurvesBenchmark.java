package org.scalingexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.scalingexplorer.io.CurvesReader;

/**
 * Issue 17's import target: 3,000 training curves (about 13 MB) read in at most 2 s. Writes them in the paper's
 * layout (30 folders of 100 runs, 93 rows each) and times the reader in this JVM, cold, then warm.
 */
public final class CurvesBenchmark {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("curves-bench");
        long bytes = 0;
        for (int a = 0; a < 30; a++) {
            Path folder = Files.createDirectories(dir.resolve("algo" + a));
            for (int r = 0; r < 100; r++) {
                StringBuilder b = new StringBuilder("step,training_loss,validation_loss,total_flops_profiler,theoretical_flops,tokens\n");
                for (int i = 1; i <= 93; i++) {
                    double c = 1e13 * Math.pow(1.2, i) * (1 + r);
                    double l = 1.9 + 80 * Math.pow(c, -0.09);
                    b.append(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.2e,%.2e,%d%n", i * 50, l + 0.01, l, c, c * 1.02, i * 409600));
                }
                Path f = folder.resolve((32 + r) + "_algo" + a + "_" + r + ".csv");
                Files.writeString(f, b);
                bytes += Files.size(f);
            }
        }
        for (String when : new String[] {"cold", "warm"}) {
            long t0 = System.nanoTime();
            CurvesReader.Result res = CurvesReader.read(List.of(dir), CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null);
            System.out.printf(Locale.ROOT, "%s: %d files, %.1f MB, %d curves read in %.0f ms%n", when, res.filesSeen(), bytes / 1e6,
                    res.curves().size(), (System.nanoTime() - t0) / 1e6);
        }
    }
}
