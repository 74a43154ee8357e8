package org.scalingexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.scalingexplorer.io.runs.CurvesReader;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.model.fit.Frontier;

/**
 * Issue 17's targets: 3,000 training curves (about 13 MB) read in at most 2 s; an algorithm's envelope plus fit in at
 * most 50 ms; 1,000 bootstrap refits in at most 5 s on 2 cores. Writes the curves in the paper's layout (30 folders
 * of 100 runs, 93 rows each), times the reader in this JVM, cold, then warm; then fits one folder (100 runs, 9,300
 * logged points: far more than a paper's scaling study) and bootstraps it.
 */
public final class CurvesBenchmark {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("curves-bench");
        long bytes = CurvesFiles.write(dir, 30, 100);
        CurvesReader.Result last = null;
        for (String when : new String[] {"cold", "warm"}) {
            long t0 = System.nanoTime();
            CurvesReader.Result res = CurvesReader.read(List.of(dir), CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null);
            System.out.printf(Locale.ROOT, "%s: %d files, %.1f MB, %d curves read in %.0f ms%n", when, res.filesSeen(), bytes / 1e6,
                    res.curves().size(), (System.nanoTime() - t0) / 1e6);
            last = res;
        }
        List<Curve> one = last.curves().stream().filter(c -> c.algorithm().equals("algo0")).toList();
        Frontier.Options o = new Frontier.Options(1.9,
                new ComputeRange(1e14, 1e22), Frontier.Method.ENVELOPE);
        double[] ms = new double[41];
        for (int i = -10; i < ms.length; i++) {
            long t0 = System.nanoTime();
            Frontier.fit(one, o);
            if (i >= 0) ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "envelope + fit of %d runs (%d points): median %.2f ms, max %.2f ms (41 runs after 10 warm-up)%n", one.size(),
                one.stream().mapToInt(Curve::points).sum(), ms[20], ms[40]);
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            var r = Frontier.fit(one, o, 1000, 1, 0.95);
            System.out.printf(Locale.ROOT, "1,000 bootstrap refits over runs: %.0f ms (%d failed), %d cores%n", (System.nanoTime() - t0) / 1e6,
                    r.bootstrapFailed(), Runtime.getRuntime().availableProcessors());
        }
    }
}
