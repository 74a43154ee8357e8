package org.scalingexplorer.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.io.runs.CurvesReader;
import org.scalingexplorer.io.runs.RunsCsvReader;
import org.scalingexplorer.io.workspace.WorkspaceFormat;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Workspace;
import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.model.fit.FromRuns;
import org.scalingexplorer.model.fit.Frontier;

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

        // a runs CSV and a curve CSV of one row of 32 million cells, within their file limits: refused at the line limit
        Path wideRuns = dir.resolve("wide-runs.csv");
        try (BufferedWriter w = Files.newBufferedWriter(wideRuns)) {
            w.write("algorithm,compute,loss\nlstm");
            for (int i = 0; i < 31_000_000; i++) w.write(",1");
            w.write("\n");
        }
        measure("runs CSV, one row of 31,000,000 cells (refused at the line limit)", wideRuns, RunsCsvReader::read);
        Path wide = dir.resolve("wide.csv");
        try (BufferedWriter w = Files.newBufferedWriter(wide)) {
            w.write("step,validation_loss,total_flops_profiler\n1");
            for (int i = 0; i < 31_000_000; i++) w.write(",1");
            w.write("\n");
        }
        measure("curve CSV, one row of 31,000,000 cells (skipped at the line limit)", wide,
                p -> CurvesReader.read(List.of(p), CurvesReader.LossColumn.VALIDATION,
                        CurvesReader.ComputeColumn.PROFILER, null));
        // a curve CSV at its 64 MiB limit of valid rows: read
        Path tall = dir.resolve("tall.csv");
        try (BufferedWriter w = Files.newBufferedWriter(tall)) {
            w.write("step,validation_loss,total_flops_profiler\n");
            for (int i = 1; i <= 1_600_000; i++) w.write(i + ",3.1234567," + (1e12 * i) + "\n");
        }
        measure("curve CSV, 1,600,000 rows (read)", tall, p -> CurvesReader.read(List.of(p),
                CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null));

        // a workspace of a valid one plus two unknown fields of 60 MiB strings (within the 128 MiB file limit): refused
        // at the first string, before it fills the heap
        Path unknown = dir.resolve("unknown.scaling-workspace.json");
        String small = WorkspaceFormat.toJson(workspace(BundledDatasets.paper(), 0));
        try (BufferedWriter w = Files.newBufferedWriter(unknown)) {
            w.write(small.substring(0, small.lastIndexOf('}')));
            for (int k = 0; k < 2; k++) {
                w.write(",\"extra" + k + "\":\"");
                for (int i = 0; i < 60 * 1024; i++) w.write("x".repeat(1024));
                w.write("\"");
            }
            w.write("}");
        }
        measure("workspace, two unknown 60 MiB strings (refused at the first)", unknown, WorkspaceFormat::read);

        // the largest workspace accepted: a dataset of 499,000 runs embedded twice (loaded and as edited) and five fits of
        // 20,000 resamples each (100,000 of the 200,000 allowed)
        Path big = dir.resolve("big.scaling-workspace.json");
        Files.writeString(big, WorkspaceFormat.toJson(workspace(DatasetReader.read(valid), 5)));
        measure("workspace, 499,000 runs twice and 5 fits of 20,000 resamples (read)", big, WorkspaceFormat::read);
    }

    /** A workspace of {@code d} with {@code fits} frontier fits of 20,000 resamples each, added to it as algorithms. */
    static Workspace workspace(Dataset d, int fits) {
        List<AppliedFit> applied = new ArrayList<>();
        Dataset with = d;
        for (int k = 0; k < fits; k++) {
            List<Curve> runs = new ArrayList<>();
            for (int r = 0; r < 8; r++) {
                double[] c = new double[40];
                double[] l = new double[40];
                for (int i = 0; i < 40; i++) {
                    c[i] = 1e15 * Math.pow(10, i * 3.0 / 39);
                    l[i] = 1.9 + 80 * Math.pow(Math.min(c[i], 1e16 * Math.pow(2, r)), -0.09) * (1 + 0.003 * ((r * 7 + i) % 5));
                }
                runs.add(new Curve("run" + r, "a", 32, r, c, l));
            }
            var o = new Frontier.Options(1.9, new ComputeRange(1e15, 1e18),
                    Frontier.Method.ENVELOPE);
            var res = Frontier.fit(runs, o, 20_000, k, 0.95);
            var fit = FromRuns.algorithm("fit-" + k, "Fit " + k, d.algorithms().get(0).lossScale(), res, o, "synthetic", k);
            applied.add(fit);
            with = with.withAlgorithms(Stream.concat(with.algorithms().stream(), Stream.of(fit.fitted())).toList());
        }
        return new Workspace(Optional.empty(), with, with, Set.of(), applied,
                new Workspace.View(with.algorithms().get(0).id(), Anchor.REFERENCE, 22, 2025,
                        Attribution.Mode.FRONTIER, "light", false, 0, true), List.of());
    }

    /** A dataset of one algorithm with {@code n} runs, written as it streams. */
    static Path runsDataset(Path file, int n) throws IOException {
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
        // the heap in use, sampled every 5 ms while the reader runs (pools' own peaks, summed, overstate it)
        long[] peakHeld = new long[1];
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (!done.get()) {
                peakHeld[0] = Math.max(peakHeld[0], rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long t0 = System.nanoTime();
        String outcome;
        try {
            Object r = read.run(file);
            outcome = "read";
            if (r == null) outcome = "null";
            if (r instanceof CurvesReader.Result c && c.curves().isEmpty() && !c.skipped().isEmpty()) {
                outcome = "skipped: " + c.skipped().get(0).reason();
            }
        } catch (InputException e) {
            outcome = "refused: " + e.problems().get(0).describe();
        } catch (OutOfMemoryError e) {
            outcome = "OUT OF MEMORY";
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        done.set(true);
        sampler.join();
        long peak = peakHeld[0];
        System.out.printf(Locale.ROOT, "%-75s %6.1f MB file  %7.0f ms  peak heap %5.0f MB  %s%n", what, Files.size(file) / 1e6, ms, peak / 1e6,
                outcome.length() > 110 ? outcome.substring(0, 110) + "..." : outcome);
    }
}
