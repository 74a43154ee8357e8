package org.scalingexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Training curves in the paper's layout for the benchmarks: a folder per algorithm, 93 logged rows per run. */
final class CurvesFiles {
    private CurvesFiles() {
    }

    /** Writes {@code algorithms} folders ({@code algo0}, ...) of {@code runs} files each; returns the bytes written. */
    static long write(Path dir, int algorithms, int runs) throws IOException {
        long bytes = 0;
        for (int a = 0; a < algorithms; a++) {
            Path folder = Files.createDirectories(dir.resolve("algo" + a));
            for (int r = 0; r < runs; r++) {
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
        return bytes;
    }
}
