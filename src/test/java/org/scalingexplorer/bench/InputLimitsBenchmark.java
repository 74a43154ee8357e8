package org.scalingexplorer.bench;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.scalingexplorer.io.DatasetReader;
import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.RunsCsvReader;

/**
 * The worst case of issue 14's bounds: for each reader, a file at (or just past) its limits, read with the time it
 * takes and the peak heap it needs. Run with -Xmx1g to show that every file under the limits is read or refused
 * within a 1 GB heap:
 * {@code mvn -B -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.args="-Xmx1g -cp %classpath org.scalingexplorer.bench.InputLimitsBenchmark"}
 */
public final class InputLimitsBenchmark {
    interface Read {
        Object run(Path p) throws InputException;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("limits");
        System.out.printf(Locale.ROOT, "max heap %.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);

        // a dataset of 666,000 runs on one algorithm: just under 2,000,000 JSON values, 64 MiB at most
        Path runsJson = runsDataset(dir.resolve("many-runs.json"), 666_000);
        measure("dataset, 666,000 runs (1,998,000 values, refused by the 500,000-run limit)", runsJson, DatasetReader::read);

        // a dataset of 2,000,001 values: refused at the value limit
        Path values = dir.resolve("values.json");
        try (BufferedWriter w = Files.newBufferedWriter(values)) {
            w.write("{\"format\":\"scaling-explorer-dataset\",\"version\":1,\"algorithms\":[{\"id\":\"a\",\"name\":\"A\",");
            w.write("\"law\":{\"type\":\"power\",\"A\":30,\"alpha\":-0.07},\"runs\":[");
            for (int i = 0; i < 2_000_001; i++) w.write(i == 0 ? "1" : ",1");
            w.write("]}]}");
        }
        measure("dataset, 2,000,001 values (refused at the value limit)", values, DatasetReader::read);

        // a valid dataset at the run limit: 499,000 runs
        Path valid = runsDataset(dir.resolve("valid.json"), 499_000);
        measure("dataset, 499,000 runs (read)", valid, DatasetReader::read);

        // a runs CSV at the row limit: 2,000,000 rows
        Path csv = dir.resolve("rows.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("algorithm,compute,loss\n");
            for (int i = 0; i < 2_000_000; i++) w.write("transformer-modern,1.234567e18,3.123456\n");
        }
        measure("runs CSV, 2,000,000 rows (read)", csv, RunsCsvReader::read);

        // a runs CSV of a million bad cells: problems capped
        Path bad = dir.resolve("bad.csv");
        try (BufferedWriter w = Files.newBufferedWriter(bad)) {
            w.write("algorithm,compute,loss\n");
            for (int i = 0; i < 1_000_000; i++) w.write("lstm,lots,3.1\n");
        }
        measure("runs CSV, 1,000,000 bad cells (refused, 100 listed)", bad, RunsCsvReader::read);
    }

    /** A dataset of one algorithm with {@code n} runs, written as it streams. */
    static Path runsDataset(Path file, int n) throws java.io.IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("{\"format\":\"scaling-explorer-dataset\",\"version\":1,\"algorithms\":[{\"id\":\"a\",\"name\":\"A\",");
            w.write("\"law\":{\"type\":\"power\",\"E\":1.5,\"A\":30,\"alpha\":-0.07},\"runs\":[");
            for (int i = 0; i < n; i++) w.write((i == 0 ? "" : ",") + "{\"compute\":1.234567e18,\"loss\":3.123456}");
            w.write("]}]}");
        }
        return file;
    }

    static void measure(String what, Path file, Read read) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        long t0 = System.nanoTime();
        String outcome;
        try {
            Object r = read.run(file);
            outcome = "read";
            if (r == null) outcome = "null";
        } catch (InputException e) {
            outcome = "refused: " + e.problems().get(0).describe();
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf(Locale.ROOT, "%-75s %6.1f MB file  %7.0f ms  peak heap %5.0f MB  %s%n", what, Files.size(file) / 1e6, ms, peak / 1e6,
                outcome.length() > 110 ? outcome.substring(0, 110) + "..." : outcome);
    }
}
