package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetWriter;
import org.scalingexplorer.model.Numbers;

class CliTest {
    record Result(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** Text takes the number style at the figures asked for; JSON keeps every digit whatever --digits says. */
    @Test
    void textUsesTheNumberStyleAndJsonFullPrecision() throws Exception {
        Result text = run("ceg", "--compute", "1e22", "--reference", "lstm", "--digits", "5");
        assertEquals(0, text.code(), text.err());
        // 259.487318 (Python bisection) to five figures; its matched compute 1e22 / 259.487318 = 3.85375e19
        assertTrue(text.out().contains("259.49"), text.out());
        assertTrue(text.out().contains("3.8538×10¹⁹"), text.out());
        Result json = run("ceg", "--compute", "1e22", "--reference", "lstm", "--digits", "2", "--format", "json");
        assertEquals(259.487318, json.json().get("rows").get(1).get("ceg").asDouble(), 1e-5);
        Result bad = run("ceg", "--compute", "1e22", "--reference", "lstm", "--digits", "9");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--digits must be a whole number from 2 to 6, got 9"), bad.err());
        // --digits holds for its own command only: nothing to reset afterwards
        assertEquals(Numbers.DEFAULT_DIGITS, Numbers.digits());
    }

    @Test
    void cegJsonHasTheDocumentedShapeAndValues() throws Exception {
        Result r = run("ceg", "--compute", "1e22", "--reference", "lstm", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(1e22, j.get("compute").asDouble());
        assertEquals("lstm", j.get("reference").asText());
        assertEquals("reference", j.get("anchor").asText());
        assertEquals(5, j.get("rows").size());
        JsonNode t = j.get("rows").get(1);
        assertEquals("transformer-2017", t.get("algorithm").asText());
        // Python bisection: 259.487318
        assertEquals(259.487318, t.get("ceg").asDouble(), 1e-5);
        assertEquals(1e22 / 259.487318, t.get("matchedCompute").asDouble(), 1e22 / 259.487318 * 1e-7);
        assertFalse(t.get("unreachable").asBoolean());
        assertTrue(t.get("extrapolated").asBoolean());
        assertTrue(t.has("loss"));
    }

    @Test
    void cegAcceptsPetaflopDaysAndTheCandidateAnchor() throws Exception {
        Result r = run("ceg", "--compute", "250 PF-days", "--reference", "lstm", "--anchor", "candidate", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(2.16e22, r.json().get("compute").asDouble(), 1e9);
        assertEquals("candidate", r.json().get("anchor").asText());
    }

    @Test
    void attributionJson() throws Exception {
        Result r = run("attribution", "--mode", "frontier", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = r.json().get("rows");
        assertEquals(14, rows.size());
        JsonNode last = rows.get(13);
        assertEquals(2025, last.get("year").asDouble());
        assertEquals(21414.5765, last.get("total").asDouble(), 1e-3);
        assertEquals(0.90542326, last.get("scaleDependentShare").asDouble(), 1e-7);
        assertEquals(8, last.get("multipliers").size());
        assertTrue(rows.get(0).get("scaleDependentShare").isNull(), "no gain in 2012, no share");
    }

    @Test
    void attributionFixedModeNeedsACompute() {
        Result r = run("attribution", "--mode", "fixed");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--compute"), r.err());
        assertEquals(0, run("attribution", "--mode", "fixed", "--compute", "1e20", "--format", "csv").code());
    }

    @Test
    void framesJson() throws Exception {
        Result r = run("frames", "--reference", "lstm", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = r.json().get("rows");
        assertEquals(12, rows.size());
        assertEquals("lstm", r.json().get("reference").asText());
        // a factor per year, as in attribution: 4.1^0.4 (see ReferenceFramesTest)
        assertEquals(Math.pow(4.1, 0.4), rows.get(11).get("annualGrowth").asDouble(), 1e-6);
        assertTrue(rows.get(0).has("compute") && rows.get(0).has("ceg") && rows.get(0).has("year"));
    }

    /** A total that cannot be computed is null with the reason beside it, as every null in the JSON. */
    @Test
    void anUnreachableTotalSaysWhy(@TempDir Path dir) throws Exception {
        // an LSTM whose floor (5 nats) lies above the 2017 Transformer's losses: it never reaches them, so the
        // candidate-anchored CEG, and the total from 2017 on, is unreachable
        String json = DatasetWriter.toJson(BundledDatasets.paper())
                .replaceFirst("\"E\" : 1.9", "\"E\" : 5.0");
        Path d = Files.writeString(dir.resolve("floor.scaling.json"), json);
        Result r = run("attribution", "--dataset", d.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode row2020 = null;
        for (JsonNode row : r.json().get("rows")) if (row.get("year").asDouble() == 2020) row2020 = row;
        assertTrue(row2020.get("total").isNull(), row2020.toString());
        assertTrue(row2020.get("totalReason").asText().startsWith("unreachable: the CEG of transformer"), row2020.toString());
    }

    @Test
    void matrixPrintsBothTablesInText() {
        Result r = run("matrix", "--compute", "1e22");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("reference \\ candidate"));
        assertTrue(r.out().contains("Transitivity defects"));
    }

    @Test
    void matrixJsonHasCellsAndDefects() throws Exception {
        JsonNode j = run("matrix", "--compute", "1e22", "--format", "json").json();
        assertEquals(5, j.get("ceg").size());
        assertEquals(1.0, j.get("ceg").get(2).get(2).asDouble(), 1e-9);
        assertEquals(5 * 4 * 3, j.get("defects").size());
        // a triple across the two loss scales has no defect: "not comparable", with the pair, never "unreachable"
        JsonNode cross = null;
        for (JsonNode x : j.get("defects")) {
            if (x.get("a").asText().equals("lstm") && x.get("b").asText().equals("kaplan-allocation")) cross = x;
        }
        assertTrue(cross != null && cross.get("defect").isNull(), String.valueOf(cross));
        assertEquals("not comparable (lstm and kaplan-allocation are on different loss scales)", cross.get("defectReason").asText());
        Result text = run("matrix", "--compute", "1e22");
        assertTrue(text.out().contains("not comparable (lstm and kaplan-allocation are on different loss scales)"), text.out());
    }

    @Test
    void validateListsEveryProblemOfEveryFile(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, DatasetWriter.toJson(BundledDatasets.paper()));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"scaling-explorer-dataset\", \"version\": 1, \"algorithms\": [{\"id\": \"x\", \"name\": \"X\", \"law\": {\"type\": \"power\", \"A\": 1, \"alpha\": 0.3}}], \"colour\": 1}");
        Path csv = dir.resolve("runs.csv");
        Files.writeString(csv, "algorithm,compute,loss\na,abc,3\n");
        Result r = run("validate", good.toString(), bad.toString(), csv.toString(), "--format", "json");
        assertEquals(2, r.code());
        JsonNode files = r.json().get("files");
        assertEquals(3, files.size());
        assertTrue(files.get(0).get("valid").asBoolean());
        assertFalse(files.get(1).get("valid").asBoolean());
        assertEquals(2, files.get(1).get("problems").size());
        JsonNode alpha = files.get(1).get("problems").get(0);
        assertEquals("algorithms[0].law.alpha", alpha.get("path").asText());
        assertEquals(1, alpha.get("line").asInt());
        assertTrue(alpha.get("column").asInt() > 1);
        assertEquals("expected a negative number, at least -5, got 0.3", alpha.get("message").asText());
        assertEquals("unknown field; expected one of: algorithms, comparableScales, computeTrend, context, format, innovations, lossScales, metadata, units, version",
                files.get(1).get("problems").get(1).get("message").asText());
        assertEquals(2, files.get(2).get("problems").get(0).get("line").asInt());
        assertEquals(0, run("validate", good.toString()).code());
    }

    @Test
    void badInputExitsTwoWithAMessageAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        for (Result r : new Result[] {
                run("ceg", "--compute", "1e22", "--reference", "lstm", "--dataset", bad.toString()),
                run("ceg", "--compute", "1e22", "--reference", "nope"),
                run("ceg", "--compute", "-3", "--reference", "lstm"),
                run("ceg", "--reference", "lstm"),
                run("frames", "--reference", "lstm", "--format", "yaml"),
                run("nonsense")}) {
            assertEquals(2, r.code(), r.err());
            assertFalse(r.err().isBlank());
            assertFalse(r.err().contains("\tat "), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void helpAndVersion() {
        Result v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("Scaling Explorer "));
        for (String cmd : new String[] {"ceg", "attribution", "frames", "matrix", "validate"}) {
            Result h = run(cmd, "--help");
            assertEquals(0, h.code());
            assertTrue(h.out().contains("Usage:"), cmd);
        }
    }

    @Test
    void csvAndMarkdownOutputs() {
        Result csv = run("ceg", "--compute", "1e22", "--reference", "lstm", "--format", "csv");
        assertTrue(csv.out().startsWith("algorithm,loss,matched compute,CEG,unreachable,extrapolated"), csv.out());
        assertEquals(6, csv.out().lines().count());
        Result md = run("ceg", "--compute", "1e22", "--reference", "lstm", "--format", "markdown");
        // issue 18: Markdown names the algorithms (for slides and papers); CSV keeps the ids (for programs)
        assertTrue(md.out().contains("| Transformer (2017) |"), md.out());
        assertTrue(!md.out().contains("transformer-2017"), md.out());
        assertTrue(csv.out().contains("\ntransformer-2017,"), csv.out());
    }

    @Test
    void theLauncherSendsOnlyCommandsToTheCli() {
        assertTrue(Cli.handles(new String[] {"ceg"}));
        assertTrue(Cli.handles(new String[] {"--version"}));
        assertFalse(Cli.handles(new String[] {}));
        assertFalse(Cli.handles(new String[] {"/home/me/my.scaling.json"}));
    }

    /**
     * The frontier stack's annual growth: the total is 1 before 2017 and, from 2022, the closed-form candidate-anchored
     * CEG of the 2017 Transformer over the LSTM times the constant multipliers; C(Y) = 1e16 * 4.1^(Y - 2013).
     */
    @Test
    void attributionReportsTheStacksAnnualGrowthBesideHoEtAl() throws Exception {
        Result r = run("attribution", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode g = r.json().get("annualGrowth");
        double si = 1.0304 * 1.0088 * 1.1505 * 1.0195 * 1.0531 * 2.0;
        DoubleUnaryOperator total = y -> {
            double c = 1e16 * Math.pow(4.1, y - 2013);
            return Math.pow(81.7 / 36.3, 1 / -0.065) * Math.pow(c, 0.091 / 0.065 - 1) * si;
        };
        assertEquals(Math.pow(total.applyAsDouble(2023), 1 / 11.0), g.get("2012-2023").asDouble(), 1e-9);
        assertEquals(Math.pow(total.applyAsDouble(2025), 1 / 12.0), g.get("2013-2025").asDouble(), 1e-9);
        assertEquals(2.8284271, g.get("hoEtAl8MonthHalving").asDouble(), 1e-7);
        assertEquals(Math.pow(22000, 1 / 11.0), g.get("hoEtAlAsQuoted22000x").asDouble(), 1e-12);
    }

    /** The allocation command's JSON: Kaplan's rule by hand, and the iso-FLOP curve's minimum near the optimum. */
    @Test
    void allocationPrintsBothSplitsAndTheIsoFlopCurve() throws Exception {
        Result r = run("allocation", "--compute", "1e22", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = r.json().get("rows");
        assertEquals(1.3e9 * Math.pow(1e22 / 8.64e19, 0.73), rows.get(0).get("parameters").asDouble(), 1);
        assertEquals(41, r.json().get("isoFlop").get("points").size());
        double opt = rows.get(1).get("parameters").asDouble();
        double best = Double.MAX_VALUE;
        double bestN = 0;
        for (JsonNode p : r.json().get("isoFlop").get("points")) {
            if (p.get("loss").asDouble() < best) {
                best = p.get("loss").asDouble();
                bestN = p.get("parameters").asDouble();
            }
        }
        assertEquals(1, bestN / opt, 1e-9, "the middle grid point is the optimum itself");
    }

    /** Every command's help renders as written: a bare % in a description makes picocli warn and print it raw. */
    @Test
    void everyCommandsHelpRendersWithoutWarnings() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        try {
            for (String name : Cli.COMMANDS) {
                if (name.equals("help")) continue;
                Result r = run("help", name);
                assertEquals(0, r.code(), name + ": " + r.err());
                assertTrue(r.out().contains("Usage: scaling-explorer " + name), r.out());
            }
            assertEquals(0, run("--help").code());
        } finally {
            System.setErr(saved);
        }
        assertFalse(captured.toString().contains("picocli WARN"), captured.toString());
    }

    /** The class-data archive's exercise runs the common commands in-process and leaves nothing behind. */
    @Test
    void theArchiveExerciseLeavesNoFilesBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Supplier<Long> left = () -> {
            try (var files = Files.list(tmp)) {
                return files.filter(f -> f.getFileName().toString().startsWith("scaling-explorer-cds")).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        long before = left.get();
        Cli.exercise();
        assertEquals(before, left.get());
    }
}
