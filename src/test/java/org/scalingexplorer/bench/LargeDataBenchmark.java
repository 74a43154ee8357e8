package org.scalingexplorer.bench;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;

import org.scalingexplorer.App;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetFiles;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;

/**
 * Issue 8's large-data targets: a CSV of 1,000,000 observed runs (200,000 for each of the paper's algorithms)
 * opened with progress, the heap it takes (target < 1 GB), and slider steps of the whole window with it on screen
 * (target <= 16 ms). Run like the UI benchmark (README, "Benchmarks").
 */
public final class LargeDataBenchmark {
    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path csv = Files.createTempFile("million-runs", ".csv");
        Dataset paper = BundledDatasets.paper();
        Random rnd = new Random(8);
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("algorithm,compute,loss\n");
            for (int i = 0; i < 1_000_000; i++) {
                var a = paper.algorithms().get(i % paper.algorithms().size());
                double c = Math.pow(10, 14 + 9 * rnd.nextDouble());
                w.write(String.format(Locale.ROOT, "%s,%.6e,%.6f%n", a.id(), c, a.law().loss(c) * Math.exp(0.02 * rnd.nextGaussian())));
            }
        }
        System.out.printf(Locale.ROOT, "CSV: 1,000,000 runs, %.1f MB%n", Files.size(csv) / 1e6);
        long before = heapAfterGc();
        AtomicInteger reports = new AtomicInteger();
        long t0 = System.nanoTime();
        Dataset big = DatasetFiles.open(csv, paper, p -> reports.incrementAndGet());
        System.out.printf(Locale.ROOT, "open with progress: %.0f ms, %d progress reports%n", (System.nanoTime() - t0) / 1e6, reports.get());
        System.out.printf(Locale.ROOT, "heap held by the dataset of 1,000,000 runs: %.0f MB (heap in use %.0f MB)%n",
                (heapAfterGc() - before) / 1e6, heapAfterGc() / 1e6);
        Files.delete(csv);

        CountDownLatch started = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        App.toolkitSettings();
        Platform.startup(started::countDown);
        started.await();
        UiBenchmark.measure(List.of(), "1,000,000 runs, attribution tab", big, 300, Attribution.Mode.FRONTIER, 0);
        System.out.printf(Locale.ROOT, "heap in use after the window was built and closed: %.0f MB%n", heapAfterGc() / 1e6);
        Platform.exit();
    }

    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private LargeDataBenchmark() {
    }

}
