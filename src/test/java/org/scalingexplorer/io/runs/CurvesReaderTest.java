package org.scalingexplorer.io.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.model.fit.Curve;

/**
 * Training curves in the paper's layout, with the quirks found among its files (header only, nan rows, an extra
 * column, a summary file among the curves, a name with no seed), all made here.
 */
class CurvesReaderTest {
    static final String HEADER = "step,training_loss,validation_loss,total_flops_profiler,theoretical_flops,tokens";

    /** A run logging {@code n} rows: compute doubling from 1e15, validation loss 2 + 100 C^-0.1. */
    static String run(int n) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= n; i++) {
            double c = 1e15 * Math.pow(2, i);
            b.append(i * 50).append(',').append(2.1 + 100 * Math.pow(c, -0.1)).append(',').append(2 + 100 * Math.pow(c, -0.1)).append(',')
                    .append(c).append(',').append(c * 1.01).append(',').append(i * 4096).append('\n');
        }
        return b.toString();
    }

    static Path study(Path dir) throws Exception {
        Path modern = Files.createDirectories(dir.resolve("study/modern"));
        Path lstm = Files.createDirectories(dir.resolve("study/nested/lstm"));
        Files.writeString(modern.resolve("128_modern_40.csv"), run(10));
        Files.writeString(modern.resolve("64d_modern_456.csv"), run(8));
        Files.writeString(lstm.resolve("32_lstm_1.csv"), run(6));
        // the quirks: a header only, nan rows among good ones, all nan, an extra column, a summary, a non-CSV file
        Files.writeString(lstm.resolve("header-only_64d_layer.csv"), HEADER + "\n");
        Files.writeString(lstm.resolve("64d_learned_123.csv"), run(5) + "300,nan,nan,1e18,1e18,9\n350,,,2e18,2e18,10\n");
        Files.writeString(lstm.resolve("nan_64d.csv"), HEADER + "\n50,nan,nan,1e15,1e15,1\n");
        Files.writeString(modern.resolve("64_extra.csv"), "step,training_loss,validation_loss,non_streaming_loss,total_flops_profiler,theoretical_flops,tokens\n"
                + "200,7.5,7.7,7.8,3.15e+13,3.28e+13,1638400\n400,7.3,7.4,7.5,6.31e+13,6.55e+13,3276800\n");
        Files.writeString(modern.resolve("summary.csv"), "experiment,best_learning_rate,best_validation_loss,num_lr_tested\n09_rope,0.01,5.6,5\n");
        Files.writeString(modern.resolve("notes.txt"), "not a run");
        return dir.resolve("study");
    }

    @Test
    void aFolderIsReadRecursivelyWithQuirksCountedByReason(@TempDir Path dir) throws Exception {
        CurvesReader.Result r = CurvesReader.read(List.of(study(dir)), CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null);
        assertEquals(9, r.filesSeen(), "every file found is counted");
        assertEquals(List.of(dir.resolve("study").resolve("modern").resolve("notes.txt").toString()), r.skippedByReason().get("not a .csv file"),
                "a file that is not CSV is listed, not read");
        assertEquals(5, r.curves().size());
        Curve big = r.curves().stream().filter(c -> c.file().endsWith("128_modern_40.csv")).findFirst().orElseThrow();
        assertEquals("modern", big.algorithm());
        assertEquals(128, big.size());
        assertEquals(40, big.seed());
        assertEquals(10, big.points());
        assertEquals(2e15, big.compute()[0]);
        assertEquals(2 + 100 * Math.pow(2e15, -0.1), big.loss()[0], 1e-12);
        Curve d = r.curves().stream().filter(c -> c.file().endsWith("64d_modern_456.csv")).findFirst().orElseThrow();
        assertEquals(64, d.size());
        assertEquals(456, d.seed());
        Curve extra = r.curves().stream().filter(c -> c.file().endsWith("64_extra.csv")).findFirst().orElseThrow();
        assertArrayEquals(new double[] {3.15e13, 6.31e13}, extra.compute(), "an extra column is ignored");
        assertEquals(-1, extra.seed(), "no trailing _<digits>: no seed");
        Curve learned = r.curves().stream().filter(c -> c.file().endsWith("64d_learned_123.csv")).findFirst().orElseThrow();
        assertEquals("lstm", learned.algorithm(), "grouped by the folder it is in");
        assertEquals(5, learned.points(), "the nan and empty rows are dropped");
        Map<String, Integer> lstm = r.counts("lstm");
        assertEquals(1, lstm.get("no logged rows (header only)"));
        assertEquals(1, lstm.get("no usable rows (all nan or missing)"));
        assertEquals(2, lstm.get("rows with nan or missing values"));
        assertEquals(1, r.counts("modern").get("another schema (no step, validation_loss, total_flops_profiler columns)"));
    }

    /** Issue 29: a run's parameter count from a parameters column, else from its theoretical FLOPs and tokens as C / 6D, saying which. */
    @Test
    void aRunsParameterCountIsReadWhereTheFileGivesIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("64_modern_1.csv");
        Files.writeString(f, "step,training_loss,validation_loss,total_flops_profiler,theoretical_flops,tokens\n50,10.4,10.4,8.37e12,8.37e12,409600\n"
                + "100,9.4,9.3,1.67e13,1.67e13,819200\n");
        Curve c = CurvesReader.read(List.of(f), CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null).curves().get(0);
        assertEquals(1.67e13 / (6 * 819200), c.parameters(), 1e-6, "the last row's C / 6D");
        assertEquals("theoretical FLOPs / (6 x tokens)", c.parametersFrom());
        Path g = dir.resolve("32_modern_1.csv");
        Files.writeString(g, "step,validation_loss,total_flops_profiler,params\n50,10.4,8.37e12,3400000\n");
        Curve d = CurvesReader.read(List.of(g), CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null).curves().get(0);
        assertEquals(3.4e6, d.parameters(), 0);
        assertEquals("the params column", d.parametersFrom());
        Path h = dir.resolve("16_modern_1.csv");
        Files.writeString(h, "step,validation_loss,total_flops_profiler\n50,10.4,8.37e12\n");
        Curve e = CurvesReader.read(List.of(h), CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null).curves().get(0);
        assertTrue(Double.isNaN(e.parameters()) && e.parametersFrom().isEmpty(), "not given: not made up");
    }

    @Test
    void theTrainingLossAndTheoreticalFlopsCanBeChosen(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("128_modern_40.csv");
        Files.writeString(f, run(3));
        Curve c = CurvesReader.read(List.of(f), CurvesReader.LossColumn.TRAINING, CurvesReader.ComputeColumn.THEORETICAL, null).curves().get(0);
        assertEquals(2e15 * 1.01, c.compute()[0], 1);
        assertEquals(2.1 + 100 * Math.pow(2e15, -0.1), c.loss()[0], 1e-12);
    }

    @Test
    void aNamePatternGroupsRunsAcrossFolders(@TempDir Path dir) throws Exception {
        CurvesReader.Result r = CurvesReader.read(List.of(study(dir)), CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER,
                NamePattern.compile("^\\d+d?_([a-z]+)", "--group"));
        assertEquals(Set.of("modern", "lstm", "learned", "extra"),
                r.curves().stream().map(Curve::algorithm).collect(Collectors.toSet()));
        assertEquals(3, r.counts("").get("name does not match the grouping pattern"), "header-only_..., nan_64d and summary");
    }

    @Test
    void aMissingPathIsRefusedWithItsName(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> CurvesReader.read(List.of(dir.resolve("nowhere")),
                CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null));
        assertTrue(e.getMessage().contains("nowhere") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsSkippedNotFatal(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("128_modern_40.csv"), run(3));
        Files.write(dir.resolve("latin1_64_1.csv"), (HEADER + "\n50,5,5,1e15,1e15,caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        CurvesReader.Result r = CurvesReader.read(List.of(dir), CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null);
        assertEquals(1, r.curves().size());
        assertTrue(r.skippedTotal().keySet().stream().anyMatch(k -> k.startsWith("unreadable")), r.skippedTotal().toString());
    }

    @Test
    void aWandbPanelExportIsReadByItsPreset(@TempDir Path dir) throws Exception {
        // a W&B panel export: "Step", then "<run> - <metric>" with __MIN and __MAX beside it; FLOPs logged as "flops"
        Path f = dir.resolve("64d_swiglu_456.csv");
        Files.writeString(f, "\"Step\",\"run-7 - val/loss\",\"run-7 - val/loss__MIN\",\"run-7 - val/loss__MAX\",\"run-7 - flops\"\n"
                + "100,6.5,6.4,6.6,2e15\n200,6.1,6.0,6.2,4e15\n");
        CurveLayout wandb = CurveLayout.preset("wandb", CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER);
        CurvesReader.Result read = CurvesReader.read(CurvesReader.plan(List.of(f), null), wandb, null, null);
        Curve c = read.curves().get(0);
        // the provenance names the columns the file has, not the first of the preset's alternatives
        assertEquals("run-7 - val/loss vs run-7 - flops (wandb layout)", read.columns(wandb));
        assertArrayEquals(new double[] {2e15, 4e15}, c.compute());
        assertArrayEquals(new double[] {6.5, 6.1}, c.loss(), "the value, not its __MIN or __MAX");
        assertEquals(64, c.size());
        assertEquals(456, c.seed());
    }

    @Test
    void aTensorboardExportTakesItsComputeFromTheStep(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("128_modern_40.csv");
        Files.writeString(f, "Wall time,Step,Value\n1700000000.5,10,7.25\n1700000100.5,20,6.75\n");
        CurveLayout tb = CurveLayout.preset("tensorboard", CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER);
        CurvesReader.Result none = CurvesReader.read(CurvesReader.plan(List.of(f), null), tb, null, null);
        assertTrue(none.curves().isEmpty(), "without the FLOPs per step there is no compute");
        assertEquals(1, none.skippedTotal().get("no compute (give the FLOPs per step)"), none.skippedTotal().toString());
        Curve c = CurvesReader.read(CurvesReader.plan(List.of(f), null), tb.with(null, null, null, 3e12), null, null).curves().get(0);
        assertArrayEquals(new double[] {3e13, 6e13}, c.compute(), "step x 3e12 FLOP");
        assertArrayEquals(new double[] {7.25, 6.75}, c.loss());
    }

    @Test
    void columnsNamedByTheUserAreReadInAnyCase(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("run_1.csv");
        Files.writeString(f, "Iteration,EvalLoss,Cumulative FLOPs\n1,5.5,1e15\n2,5.0,2e15\n");
        CurveLayout custom = CurveLayout.paper(CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER)
                .with("iteration", "evalloss", "cumulative flops", Double.NaN);
        assertEquals("custom", custom.preset());
        Curve c = CurvesReader.read(CurvesReader.plan(List.of(f), null), custom, null, null).curves().get(0);
        assertArrayEquals(new double[] {1e15, 2e15}, c.compute());
        assertArrayEquals(new double[] {5.5, 5.0}, c.loss());
    }

    @Test
    void theImportReportsProgressAndStopsWhenCancelled(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 5; i++) Files.writeString(dir.resolve("64_modern_" + i + ".csv"), run(3));
        CurvesReader.Plan plan = CurvesReader.plan(List.of(dir), null);
        List<Integer> seen = new ArrayList<>();
        CurveLayout paper = CurveLayout.paper(CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER);
        CurvesReader.read(plan, paper, seen::add, new AtomicBoolean());
        assertEquals(List.of(1, 2, 3, 4, 5), seen);
        AtomicBoolean cancel = new AtomicBoolean();
        assertThrows(CancellationException.class, () -> CurvesReader.read(plan, paper, n -> {
            if (n == 2) cancel.set(true);
        }, cancel));
    }

    @Test
    void theTableCanRegroupAndRenumberRunsBeforeTheyAreRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("64_modern_7.csv"), run(3));
        CurvesReader.RunFile planned = CurvesReader.plan(List.of(dir), null).files().get(0);
        assertEquals(dir.getFileName().toString(), planned.algorithm());
        CurvesReader.RunFile edited = planned.withAlgorithm(" rope ").withSize(96).withSeed(3);
        Curve c = CurvesReader.read(List.of(edited), CurveLayout.paper(CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER),
                null, null).curves().get(0);
        assertEquals("rope", c.algorithm());
        assertEquals(96, c.size());
        assertEquals(3, c.seed());
    }

    /** A folder of 3,000 runs (30 algorithms of 100) is read whole, each run with its algorithm, size and seed. (Its speed is CurvesBenchmark's.) */
    @Test
    void aFolderOfThreeThousandRunsIsReadWhole(@TempDir Path dir) throws Exception {
        for (int a = 0; a < 30; a++) {
            Path folder = Files.createDirectories(dir.resolve("algo" + a));
            for (int r = 0; r < 100; r++) Files.writeString(folder.resolve((32 + r) + "_algo" + a + "_" + r + ".csv"), run(4));
        }
        CurvesReader.Plan plan = CurvesReader.plan(List.of(dir), null);
        assertEquals(3000, plan.files().size());
        CurvesReader.Result r = CurvesReader.read(plan, CurveLayout.paper(CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER),
                null, new AtomicBoolean());
        assertEquals(3000, r.curves().size());
        assertEquals(30, r.curves().stream().map(Curve::algorithm).distinct().count());
        assertTrue(r.skippedTotal().isEmpty(), r.skippedTotal().toString());
        Curve last = r.curves().stream().filter(c -> c.file().endsWith("131_algo29_99.csv")).findFirst().orElseThrow();
        assertEquals("algo29", last.algorithm());
        assertEquals(131, last.size());
        assertEquals(99, last.seed());
        assertEquals(4, last.points());
    }

    /**
     * Every file given or found is read or listed with its path and reason: a link inside a folder (to a folder or to
     * nothing), a FIFO, a device named beside a folder, a file that is not CSV, a folder deeper than the limit, and the
     * same folder given twice (its runs read once).
     */
    @Test
    void everyFileIsUsedOrListedWithItsReason(@TempDir Path dir) throws Exception {
        Path runs = Files.createDirectories(dir.resolve("runs"));
        Files.writeString(runs.resolve("64_modern_1.csv"), run(3));
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(other.resolve("64_modern_2.csv"), run(3));
        Files.createSymbolicLink(runs.resolve("linked"), other);
        Files.createSymbolicLink(runs.resolve("dangling.csv"), dir.resolve("nothing-here.csv"));
        Path fifo = runs.resolve("pipe.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Files.writeString(runs.resolve("README.md"), "notes");
        Path deep = runs;
        for (int i = 0; i < CurvesReader.MAX_DEPTH; i++) deep = deep.resolve("d" + i);
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("64_modern_3.csv"), run(3));

        CurvesReader.Result r = CurvesReader.read(List.of(runs, runs, Path.of("/dev/null")), CurvesReader.LossColumn.VALIDATION,
                CurvesReader.ComputeColumn.PROFILER, null);
        assertEquals(1, r.curves().size(), "the one regular CSV, read once");
        Map<String, String> why = new HashMap<>();
        r.skipped().forEach(k -> why.put(k.file(), k.reason()));
        assertEquals("a link (links inside a folder are not followed; name the file or folder it points to)", why.get(runs.resolve("linked").toString()));
        assertEquals("a link (links inside a folder are not followed; name the file or folder it points to)", why.get(runs.resolve("dangling.csv").toString()));
        assertEquals("not a regular file (a FIFO)", why.get(fifo.toString()));
        assertEquals("not a .csv file", why.get(runs.resolve("README.md").toString()));
        assertEquals("not a regular file (a character device)", why.get("/dev/null"));
        Path tooDeep = runs;
        for (int i = 0; i < CurvesReader.MAX_DEPTH; i++) tooDeep = tooDeep.resolve("d" + i);
        String depth = why.get(tooDeep.getParent().resolve("d" + (CurvesReader.MAX_DEPTH - 1)).toString());
        assertTrue(depth != null && depth.startsWith("a folder deeper than 16 levels below " + runs), why.toString());
        assertEquals("the same file as " + runs.resolve("64_modern_1.csv") + ", given again: read once", why.get(runs.resolve("64_modern_1.csv").toString()));
        // the FIFO was never opened: the read returned (a FIFO opened for reading would block)
    }

    /** A folder with nothing to read is refused naming the folder, the depth it is read to and what was found. */
    @Test
    void anEmptyFolderIsNamedInTheRefusal(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CurvesReader.Result r = CurvesReader.read(List.of(empty), CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null);
        assertEquals("no training curves in " + empty + " (folders read 16 levels deep): nothing there is a training curve; " + empty
                + ": an empty folder",
                CurvesReader.nothingRead(List.of(empty), r));
    }

    /**
     * A run whose compute falls (a restarted log) is cut before the fall, and that is said with its line; a step logged
     * again with other values keeps the first and is said; a row repeated exactly is counted.
     */
    @Test
    void aRunWhoseComputeFallsIsCutThereAndSaidWithTheLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("64_modern_1.csv");
        Files.writeString(f, HEADER + "\n50,6,6,1e15,1e15,1\n100,5.5,5.5,2e15,2e15,2\n100,5.5,5.5,2e15,2e15,2\n100,5.4,5.3,2e15,2e15,2\n"
                + "150,5,5,3e15,3e15,3\n200,4.9,4.9,1e15,1e15,4\n250,4.8,4.8,5e15,5e15,5\n");
        CurvesReader.Result r = CurvesReader.read(List.of(f), CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null);
        Curve c = r.curves().get(0);
        assertArrayEquals(new double[] {1e15, 2e15, 3e15}, c.compute());
        assertArrayEquals(new double[] {6, 5.5, 5.0}, c.loss(), "the first of the twice-logged step is kept");
        assertArrayEquals(new double[] {50, 100, 150}, c.steps());
        assertEquals(2, r.notes().size(), r.notes().toString());
        assertEquals(new CurvesReader.Note(f.toString(), 5, "step 100 logged again with other values (first at line 3): the first is kept"), r.notes().get(0));
        assertEquals(new CurvesReader.Note(f.toString(), 7, "the compute falls here (from 3.00×10¹⁵ to 1.00×10¹⁵ FLOP): the run is cut before this line"),
                r.notes().get(1));
        assertEquals(1, r.rowsLeft().get(dir.getFileName().toString()).get("repeated rows"));
    }

    /** Files are listed as people count them: 32 before 128, 9 before 10, whatever the folder. */
    @Test
    void filesAreListedInNaturalOrder(@TempDir Path dir) throws Exception {
        for (String n : new String[] {"128_modern_1.csv", "32_modern_1.csv", "64_modern_10.csv", "64_modern_9.csv", "256_modern_1.csv"}) {
            Files.writeString(dir.resolve(n), run(3));
        }
        assertEquals(List.of("32_modern_1.csv", "64_modern_9.csv", "64_modern_10.csv", "128_modern_1.csv", "256_modern_1.csv"),
                CurvesReader.plan(List.of(dir), null).files().stream().map(f -> f.path().getFileName().toString()).toList());
    }

    /**
     * A row with more cells than the header is left out and counted (which cell is which is no longer known); a line
     * past 64 Ki characters skips the file with its line, before a parser builds a record of millions of cells.
     */
    @Test
    void rowsWiderThanTheHeaderAndOverlongLinesAreSaid(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("64_modern_1.csv");
        Files.writeString(f, HEADER + "\n50,6,6,1e15,1e15,1\n100,5.5,5.5,2e15,2e15,2,surprise\n150,5,5,3e15,3e15,3\n");
        CurvesReader.Result r = CurvesReader.read(List.of(f), CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null);
        assertArrayEquals(new double[] {1e15, 3e15}, r.curves().get(0).compute());
        assertEquals(1, r.rowsLeft().get(dir.getFileName().toString()).get("rows with more cells than the header"));
        Path wide = dir.resolve("64_wide_1.csv");
        Files.writeString(wide, HEADER + "\n50" + ",1".repeat(40_000) + "\n");
        CurvesReader.Result w = CurvesReader.read(List.of(wide), CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null);
        assertEquals("not a CSV of curves (line 2 is longer than 65,536 characters)", w.skipped().get(0).reason());
    }
}
