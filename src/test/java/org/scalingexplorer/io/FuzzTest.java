package org.scalingexplorer.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.cli.Cli;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.io.dataset.DatasetWriter;
import org.scalingexplorer.io.runs.CurvesReader;
import org.scalingexplorer.io.runs.RunsCsvReader;
import org.scalingexplorer.io.workspace.WorkspaceFormat;
import org.scalingexplorer.io.workspace.WorkspaceFormatTest;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.Run;
import org.scalingexplorer.model.Workspace;
import org.scalingexplorer.model.fit.Ablation;
import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.model.fit.FromRuns;
import org.scalingexplorer.model.fit.Frontier;

/**
 * Thousands of seeded random mutations of a dataset, a runs CSV and a workspace: byte flips, truncations, deleted or
 * duplicated fields, swapped types and extreme numbers. Each input either loads into a valid model or is refused
 * with problems that say where (a line, or a field) and what; never another exception, never a hang.
 */
class FuzzTest {
    static final int CASES = 1200;
    static final String[] EXTREMES = {"1e308", "-1e308", "1e-320", "0", "-0", "-1", "NaN", "Infinity", "\"\"", "null", "true", "[]", "{}",
        "\"x\"", "99999999999999999999999999", "1e400"};

    /** Applies one random mutation to {@code text}. */
    static String mutate(String text, SplittableRandom rng) {
        int n = text.length();
        if (n == 0) return "{"; // an earlier mutation of several truncated everything
        switch (rng.nextInt(8)) {
            case 0 -> { // flip some bytes
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                for (int k = 0; k < 1 + rng.nextInt(5); k++) b[rng.nextInt(b.length)] ^= (byte) (1 << rng.nextInt(8));
                return new String(b, StandardCharsets.ISO_8859_1);
            }
            case 1 -> { // truncate
                return text.substring(0, rng.nextInt(n));
            }
            case 2 -> { // delete a line (a field, in pretty-printed JSON; a row in CSV)
                String[] lines = text.split("\n", -1);
                int i = rng.nextInt(lines.length);
                List<String> kept = new ArrayList<>(List.of(lines));
                kept.remove(i);
                return String.join("\n", kept);
            }
            case 3 -> { // duplicate a line
                String[] lines = text.split("\n", -1);
                int i = rng.nextInt(lines.length);
                List<String> out = new ArrayList<>(List.of(lines));
                out.add(i, lines[i]);
                return String.join("\n", out);
            }
            case 4 -> { // replace a number with an extreme value or another type
                List<int[]> numbers = new ArrayList<>();
                Matcher m = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?").matcher(text);
                while (m.find()) numbers.add(new int[] {m.start(), m.end()});
                if (numbers.isEmpty()) return text + "}";
                int[] span = numbers.get(rng.nextInt(numbers.size()));
                return text.substring(0, span[0]) + EXTREMES[rng.nextInt(EXTREMES.length)] + text.substring(span[1]);
            }
            case 5 -> { // swap a string value's type
                int q = text.indexOf(": \"", rng.nextInt(n));
                if (q < 0) return text;
                int end = text.indexOf('"', q + 3);
                if (end < 0) return text;
                return text.substring(0, q + 2) + EXTREMES[rng.nextInt(EXTREMES.length)] + text.substring(end + 1);
            }
            case 6 -> { // delete a random span
                int a = rng.nextInt(n);
                int b = Math.min(n, a + 1 + rng.nextInt(40));
                return text.substring(0, a) + text.substring(b);
            }
            default -> { // several of the above
                String t = text;
                for (int k = 0; k < 3; k++) t = mutate(t, rng);
                return t;
            }
        }
    }

    /** Cells a careless export or a hostile hand puts in a CSV. */
    static final String[] BAD_CELLS = {"", "0x1p60", "1e20f", "NaN", "Infinity", "-1", "1e400", "\"unclosed", "\"a,b\"", "\"\"", " 3 ",
        "\u0661\u0662", "1_000", "1,5", "3.1.4", "\"3\"\"x\"", "lstm", "\ufeff1", "1e-400"};

    /** Replaces, adds or removes a cell of a data row (never the header), or breaks a row's quoting. */
    static String mutateRow(String csv, SplittableRandom rng) {
        String[] lines = csv.split("\n", -1);
        if (lines.length < 2) return csv; // an earlier mutation left no data row to change
        int row = 1 + rng.nextInt(Math.max(1, lines.length - 2));
        List<String> cells = new ArrayList<>(List.of(lines[row].split(",", -1)));
        switch (rng.nextInt(4)) {
            case 0 -> cells.set(rng.nextInt(cells.size()), BAD_CELLS[rng.nextInt(BAD_CELLS.length)]);
            case 1 -> cells.add(rng.nextInt(cells.size() + 1), BAD_CELLS[rng.nextInt(BAD_CELLS.length)]);
            case 2 -> cells.remove(rng.nextInt(cells.size()));
            default -> cells.set(rng.nextInt(cells.size()), "\"" + cells.get(rng.nextInt(cells.size())));
        }
        lines[row] = String.join(",", cells);
        return String.join("\n", lines);
    }

    /** Reads every mutated input; returns how many loaded. */
    static <T> int fuzz(String name, String original, Function<String, T> read, long seed) {
        return fuzz(name, original, read, seed, FuzzTest::mutate);
    }

    static <T> int fuzz(String name, String original, Function<String, T> read, long seed,
                        BiFunction<String, SplittableRandom, String> mutation) {
        SplittableRandom rng = new SplittableRandom(seed);
        int loaded = 0;
        for (int i = 0; i < CASES; i++) {
            String input = mutation.apply(original, rng);
            int index = i;
            Object result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                try {
                    return read.apply(input);
                } catch (RuntimeException e) {
                    if (!(e.getCause() instanceof InputException refused)) {
                        fail(name + " case " + index + " (seed " + seed + "): " + e + "\n--- input ---\n" + abbreviate(input), e);
                        return null;
                    }
                    assertFalse(refused.problems().isEmpty(), name + " case " + index + ": refused with no problem listed");
                    for (Problem p : refused.problems()) {
                        assertFalse(p.message().isBlank(), name + " case " + index + ": a problem with no message");
                        assertTrue(p.line() > 0 || p.message().startsWith("and ") && p.message().contains("more problems"),
                                name + " case " + index + ": a problem with no line: " + p.describe() + "\n--- input ---\n" + abbreviate(input));
                    }
                    return null;
                }
            }, name + " case " + index + " took too long");
            if (result != null) loaded++;
        }
        return loaded;
    }

    static String abbreviate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }

    /** The readers take text; unchecked so a lambda can throw the checked refusal through Function. */
    static <T> Function<String, T> unchecked(Reader<T> r) {
        return s -> {
            try {
                return r.read(s);
            } catch (InputException e) {
                throw new RuntimeException(e);
            }
        };
    }

    interface Reader<T> {
        T read(String text) throws InputException;
    }

    static String bundledJson() throws Exception {
        try (var in = BundledDatasets.class.getResourceAsStream("/sample-data/gundlach-2025.scaling.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void mutatedDatasetsLoadOrAreRefusedWithAPlace() throws Exception {
        int loaded = fuzzUnwrapped("dataset", bundledJson(), text -> DatasetReader.read("fuzz.scaling.json", text), 1);
        assertTrue(loaded < CASES, "most mutations break something");
    }

    @Test
    void mutatedRunsCsvsLoadOrAreRefusedWithAPlace() throws Exception {
        StringBuilder csv = new StringBuilder("algorithm,compute,loss,params,tokens\n");
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 60; i++) {
            double c = Math.pow(10, 15 + 6 * r.nextDouble());
            csv.append(i % 2 == 0 ? "lstm" : "\"transformer-2017\"").append(',').append(String.format(Locale.ROOT, "%.4e,%.4f,%.3e,%.3e%n", c,
                    2 + 40 * Math.pow(c, -0.1), Math.sqrt(c / 120), Math.sqrt(c / 120) * 20));
        }
        fuzzUnwrapped("runs csv", csv.toString(), text -> RunsCsvReader.read("fuzz.csv", text), 2);
        fuzzUnwrapped("runs csv for a fit", csv.toString(), text -> RunsCsvReader.readForFit("fuzz.csv", text), 3);
        // past the header: rows and cells
        fuzz("runs csv rows", csv.toString(), unchecked(text -> RunsCsvReader.read("fuzz.csv", text)), 6, FuzzTest::mutateRow);
        fuzz("runs csv rows, twice", csv.toString(), unchecked(text -> RunsCsvReader.read("fuzz.csv", text)), 7,
                (text, rng) -> mutateRow(mutateRow(text, rng), rng));
    }

    /** The bundled dataset with observed runs on two algorithms, so mutations reach runs inside a dataset too. */
    @Test
    void mutatedDatasetsWithRunsLoadOrAreRefusedWithAPlace() throws Exception {
        Dataset paper = BundledDatasets.paper();
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double c = Math.pow(10, 13 + 0.2 * i);
            runs.add(new Run(c, 1.9 + 36.3 * Math.pow(c, -0.065) * 1.01, 1e6 * (i + 1), c / (6e6 * (i + 1))));
        }
        Dataset withRuns = paper.mapAlgorithm("lstm", a -> a.withRuns(runs));
        fuzzUnwrapped("dataset with runs", DatasetWriter.toJson(withRuns), text -> DatasetReader.read("fuzz.scaling.json", text), 8);
    }

    /** A workspace with a replaced law and its bootstrap samples. */
    @Test
    void mutatedWorkspacesWithFitsLoadOrAreRefusedWithAPlace() {
        WorkspaceFormatTest.workspace();
        fuzzUnwrapped("workspace with fits", WorkspaceFormatTest.text, text -> WorkspaceFormat.read("fuzz.scaling-workspace.json", text), 9);
    }

    @Test
    void mutatedWorkspacesLoadOrAreRefusedWithAPlace() throws Exception {
        Dataset paper = BundledDatasets.paper();
        String workspace = WorkspaceFormat.toJson(new Workspace(Optional.empty(), paper, paper, Set.of("rotary"), List.of(),
                new Workspace.View("lstm", Anchor.REFERENCE, 22, 2025, Attribution.Mode.FRONTIER,
                        "light", false, 0, true),
                List.of(new Workspace.Keyframe("View 1", "lstm", Anchor.CANDIDATE, 20, 2019, Attribution.Mode.FIXED,
                        1, true))));
        fuzzUnwrapped("workspace", workspace, text -> WorkspaceFormat.read("fuzz.scaling-workspace.json", text), 4);
    }

    private static <T> int fuzzUnwrapped(String name, String original, Reader<T> reader, long seed) {
        return fuzz(name, original, unchecked(reader), seed);
    }

    /** A training curve in the paper's layout, 40 logged rows. */
    static String curve(double scale) {
        StringBuilder b = new StringBuilder("step,training_loss,validation_loss,total_flops_profiler,theoretical_flops,tokens\n");
        for (int i = 1; i <= 40; i++) {
            double c = 1e13 * Math.pow(10, i * 4.0 / 40) / scale;
            double l = 1.9 + 80 * Math.pow(c * scale, -0.09);
            b.append(i * 50).append(',').append(String.format(Locale.ROOT, "%.5f,%.5f,%.4e,%.4e,%d%n", l + 0.05, l, c, c * 1.01, i * 4096));
        }
        return b.toString();
    }

    /** Names a careless export or a hostile hand gives a file. */
    static final String[] NAMES = {"64d_rms_1.csv", "run.csv", "\u001b[2J_1.csv", "name\u202ecsv.csv", "a b c_12345678901234567890.csv", "x".repeat(200) + ".csv",
        "_.csv", "64d__.csv", "0_0_0.csv", "\u0661\u0662_x_3.csv", "64d_rms_99999999999999999999.csv", "-1_x_-1.csv"};

    /**
     * Curve CSVs mutated in their bytes, rows, cells and headers, under names of every kind: each is read into a curve
     * or skipped with its reason; the reader never throws on a file's content, never hangs.
     */
    @Test
    void mutatedCurveCsvsAreReadOrSkippedWithTheirReason(@TempDir Path dir) throws Exception {
        SplittableRandom rng = new SplittableRandom(11);
        String original = curve(1);
        for (int i = 0; i < CASES / 2; i++) {
            String text = switch (i % 3) {
                case 0 -> mutate(original, rng);
                case 1 -> mutateRow(original, rng);
                default -> mutateRow(mutate(original, rng), rng);
            };
            Path f = dir.resolve("c" + i + "_" + NAMES[rng.nextInt(NAMES.length)]);
            Files.write(f, text.getBytes(StandardCharsets.ISO_8859_1));
            int index = i;
            CurvesReader.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> CurvesReader.read(List.of(f),
                    CurvesReader.LossColumn.VALIDATION, CurvesReader.ComputeColumn.PROFILER, null), "curve case " + index + " took too long");
            assertTrue(r.curves().size() + r.skipped().size() == 1, "curve case " + index + ": read or skipped, once");
            for (CurvesReader.Skip k : r.skipped()) {
                assertFalse(k.reason().isBlank(), "curve case " + index + ": skipped with no reason");
                assertTrue(k.file().equals(f.toString()), "the skipped file is named");
            }
            for (var c : r.curves()) {
                for (int k = 1; k < c.points(); k++) assertTrue(c.compute()[k] >= c.compute()[k - 1], "curve case " + index + ": compute never falls");
            }
            Files.delete(f);
        }
    }

    /**
     * Ablations and frontier fits on mutated runs, through the command line: exit 0, or 2 with a message, never a
     * stack trace or an internal error, never a hang.
     */
    @Test
    void mutatedAblationAndCurveInputsEndInAResultOrAMessage(@TempDir Path dir) throws Exception {
        SplittableRandom rng = new SplittableRandom(12);
        for (int i = 0; i < 60; i++) {
            Path base = Files.createDirectories(dir.resolve("case" + i + "/base"));
            Path variant = Files.createDirectories(dir.resolve("case" + i + "/variant"));
            for (int seed = 1; seed <= 3; seed++) {
                Files.writeString(base.resolve("64d_base_" + seed + ".csv"), rng.nextInt(4) == 0 ? mutateRow(curve(1), rng) : curve(1));
                String v = curve(1.5 + 0.1 * seed);
                Files.write(variant.resolve((rng.nextInt(5) == 0 ? NAMES[rng.nextInt(NAMES.length)].replace(".csv", "") : "64d_v_" + seed)
                        + (rng.nextBoolean() ? "" : "_" + seed) + ".csv"), (rng.nextInt(3) == 0 ? mutate(v, rng) : v).getBytes(StandardCharsets.ISO_8859_1));
            }
            String[][] commands = {
                    {"ablation", "--baseline", base.toString(), "--variant", variant.toString(), "--target", rng.nextBoolean() ? "final" : "4.5"},
                    {"ablation", "--baseline", base.toString(), "--variant", variant.toString(), "--method", "nearest", "--format", "json"},
                    {"curves", "--runs", base.toString(), variant.toString(), "--window", "1e13:1e18", "--bootstrap", "20", "--compare", "base"},
                    {"curves", "--runs", base.toString(), "--window", "1e13:1e18", "--free-e", "--format", "json"},
            };
            for (String[] args : commands) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run(args, new PrintWriter(out),
                        new PrintWriter(err)), String.join(" ", args) + " took too long");
                String said = err.toString();
                assertTrue(code == 0 || code == 2, String.join(" ", args) + " -> " + code + ": " + said);
                assertFalse(said.contains("\tat ") || said.contains("internal error") || said.contains("Exception"), String.join(" ", args) + ": " + said);
                if (code == 2) assertFalse(said.isBlank(), "a refusal says why");
            }
        }
    }

    /** A workspace holding a law fitted from runs and an innovation measured from them, each with its provenance. */
    @Test
    void mutatedWorkspacesWithProvenanceLoadOrAreRefusedWithAPlace() throws Exception {
        List<Curve> runs = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            double[] c = new double[30];
            double[] l = new double[30];
            for (int i = 0; i < 30; i++) {
                c[i] = 1e15 * Math.pow(10, i * 3.0 / 29);
                l[i] = 1.9 + 80 * Math.pow(Math.min(c[i], 1e16 * Math.pow(2, r)), -0.09) * (1 + 0.004 * ((r * 5 + i) % 3));
            }
            runs.add(new Curve("/runs/modern/" + (32 * (r + 1)) + "_modern_" + r + ".csv", "modern", 32 * (r + 1), r, c, l));
        }
        var o = new Frontier.Options(1.9, new ComputeRange(1e15, 1e18),
                Frontier.Method.ENVELOPE);
        var res = Frontier.fit(runs, o, 50, 1, 0.95);
        String provenance = FromRuns.frontierProvenance(runs, o, "validation_loss vs total_flops_profiler (paper layout)", res, 1);
        Dataset paper = BundledDatasets.paper();
        var fit = FromRuns.algorithm("runs-modern", "modern (runs)", "c4-gpt2", res, o, provenance, 1);
        Dataset shown = paper.withAlgorithms(Stream.concat(paper.algorithms().stream(), Stream.of(fit.fitted())).toList());
        var ab = Ablation.measure("v", runs.subList(0, 2), runs.subList(2, 4), Double.NaN,
                Ablation.Method.INTERPOLATE);
        var innovation = FromRuns.innovation("measured", "Measured", 2024, ab,
                FromRuns.ablationProvenance(ab, Ablation.Method.INTERPOLATE, Double.NaN), false);
        if (innovation.isPresent()) {
            List<Innovation> all = new ArrayList<>(shown.innovations());
            all.add(innovation.get());
            shown = shown.withInnovations(all);
        }
        String workspace = WorkspaceFormat.toJson(new Workspace(Optional.empty(), paper, shown, Set.of(), List.of(fit),
                new Workspace.View("lstm", Anchor.REFERENCE, 22, 2025, Attribution.Mode.FRONTIER,
                        "light", false, 0, true), List.of()));
        fuzzUnwrapped("workspace with provenance", workspace, text -> WorkspaceFormat.read("fuzz.scaling-workspace.json", text), 13);
    }
}
