package org.scalingexplorer.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Workspace;

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
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?").matcher(text);
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
                        java.util.function.BiFunction<String, SplittableRandom, String> mutation) {
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
        List<org.scalingexplorer.model.Run> runs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double c = Math.pow(10, 13 + 0.2 * i);
            runs.add(new org.scalingexplorer.model.Run(c, 1.9 + 36.3 * Math.pow(c, -0.065) * 1.01, 1e6 * (i + 1), c / (6e6 * (i + 1))));
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
        String workspace = WorkspaceFormat.toJson(new Workspace(java.util.Optional.empty(), paper, paper, java.util.Set.of("rotary"), List.of(),
                new Workspace.View("lstm", org.scalingexplorer.model.Anchor.REFERENCE, 22, 2025, org.scalingexplorer.model.Attribution.Mode.FRONTIER,
                        "light", false, 0, true),
                List.of(new Workspace.Keyframe("View 1", "lstm", org.scalingexplorer.model.Anchor.CANDIDATE, 20, 2019, org.scalingexplorer.model.Attribution.Mode.FIXED,
                        1, true))));
        fuzzUnwrapped("workspace", workspace, text -> WorkspaceFormat.read("fuzz.scaling-workspace.json", text), 4);
    }

    private static <T> int fuzzUnwrapped(String name, String original, Reader<T> reader, long seed) {
        return fuzz(name, original, unchecked(reader), seed);
    }
}
