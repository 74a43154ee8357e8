package org.scalingexplorer.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.model.Algorithm;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Innovation;
import org.scalingexplorer.model.LineStyle;
import org.scalingexplorer.model.ParametricLaw;
import org.scalingexplorer.model.PowerLaw;

class DatasetReaderTest {
    static final String SMALL = String.join("\n",
            "{",
            "  \"format\": \"scaling-explorer-dataset\",",
            "  \"version\": 1,",
            "  \"algorithms\": [",
            "    {\"id\": \"a\", \"name\": \"A\", \"law\": {\"type\": \"power\", \"E\": 1.9, \"A\": 36.3, \"alpha\": -0.065}},",
            "    {\"id\": \"b\", \"name\": \"B\", \"law\": {\"type\": \"power\", \"E\": 1.9, \"A\": 81.7, \"alpha\": -0.091}}",
            "  ]",
            "}");

    static String bundledText() throws IOException {
        try (InputStream in = DatasetReaderTest.class.getResourceAsStream("/sample-data/" + BundledDatasets.PAPER)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Problem> problems(String json) {
        return assertThrows(InputException.class, () -> DatasetReader.read("test.json", json)).problems();
    }

    /** 1-based line and column of the first occurrence of {@code needle}, found in the text itself. */
    static int[] position(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        String before = text.substring(0, at);
        int line = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
        int column = at - before.lastIndexOf('\n');
        return new int[] {line, column};
    }

    @Test
    void bundledPaperDatasetHasTheDocumentedIds() {
        Dataset d = BundledDatasets.paper();
        assertEquals(List.of("lstm", "transformer-2017", "transformer-modern", "kaplan-allocation", "chinchilla-allocation"),
                d.algorithms().stream().map(Algorithm::id).toList());
        assertEquals(List.of("transformer", "learned-positions", "cosine-schedule", "pre-norm", "rmsnorm", "rotary", "moe", "chinchilla-rebalancing"),
                d.innovations().stream().map(Innovation::id).toList());
        PowerLaw lstm = (PowerLaw) d.algorithm("lstm").law();
        assertEquals(36.3, lstm.a());
        assertEquals(-0.065, lstm.alpha());
        // fitted to its frontier from 1e16 to where the envelope of the authors' LSTM runs ends; the runs span 4e12 to 1.5e17
        assertEquals(new ComputeRange(1e16, 4.14e16), lstm.fittedRange().orElseThrow());
        assertEquals(new ComputeRange(4e12, 1.5e17), lstm.runsRange().orElseThrow());
        assertEquals(1.38e17, d.algorithm("transformer-2017").law().fittedRange().orElseThrow().max());
        assertEquals(1.19e17, d.algorithm("transformer-modern").law().fittedRange().orElseThrow().max());
        ParametricLaw kaplan = (ParametricLaw) d.algorithm("kaplan-allocation").law();
        assertEquals(1.3e9, kaplan.parameters(8.64e19), 1e-3);
        // Hoffmann et al.'s runs as Epoch AI extracted them (the test data's chinchilla CSV): 1.397e18 to 1.296e22 FLOP
        assertEquals(new ComputeRange(1.4e18, 1.3e22), kaplan.fittedRange().orElseThrow());
        Innovation.ScaleDependent t = (Innovation.ScaleDependent) d.innovation("transformer");
        assertEquals(Anchor.CANDIDATE, t.anchor());
        assertEquals(List.of("chinchilla-rebalancing"), t.netOf());
        assertEquals(Anchor.REFERENCE, ((Innovation.ScaleDependent) d.innovation("chinchilla-rebalancing")).anchor());
        assertEquals(1.1505, ((Innovation.ScaleInvariant) d.innovation("pre-norm")).multiplier());
        assertEquals(1.87, ((Innovation.ScaleInvariant) d.innovation("pre-norm")).raw().getAsDouble());
        assertTrue(d.context().size() >= 5);
        assertTrue(d.metadata().citations().stream().anyMatch(c -> c.text().contains("2511.21622")));
    }

    /** Each normalised multiplier is raw^0.22402 (docs/science.md#paper-model), to the four decimals the dataset states. */
    @Test
    void normalisedMultipliersFollowFromTheRawOnes() {
        for (Innovation i : BundledDatasets.paper().innovations()) {
            if (i instanceof Innovation.ScaleInvariant s && !s.id().equals("moe")) {
                assertEquals(Math.pow(s.raw().getAsDouble(), 0.22402), s.multiplier(), 6e-5, s.id());
            }
        }
    }

    @Test
    void writerRoundTripsTheBundledDataset() throws Exception {
        Dataset d = BundledDatasets.paper();
        Dataset again = DatasetReader.read("round-trip.json", DatasetWriter.toJson(d));
        assertEquals(d, again);
    }

    @Test
    void positiveAlphaIsReportedWithPathLineAndColumn() {
        String json = SMALL.replace("\"alpha\": -0.091", "\"alpha\": 0.3");
        int[] at = position(json, "0.3}");
        List<Problem> p = problems(json);
        assertEquals(1, p.size());
        assertEquals("algorithms[1].law.alpha: expected a negative number, at least -5, got 0.3 (line " + at[0] + ", column " + at[1] + ")",
                p.get(0).describe());
        assertEquals("test.json", p.get(0).file());
    }

    /** A series' line style: read when it is one, refused with its place and the accepted values when not. */
    @Test
    void lineStylesAreReadOrRefusedWithTheirPlace() throws Exception {
        String styled = SMALL.replace("\"name\": \"B\",", "\"name\": \"B\", \"dash\": \"dashed\", \"lineWidth\": 2.5,");
        assertEquals(new LineStyle(LineStyle.Dash.DASHED, 2.5),
                DatasetReader.read("test.json", styled).algorithm("b").style());
        assertEquals(LineStyle.DEFAULT, DatasetReader.read("test.json", styled).algorithm("a").style());
        String bad = SMALL.replace("\"name\": \"B\",", "\"name\": \"B\", \"dash\": \"wavy\", \"lineWidth\": 9,");
        List<Problem> p = problems(bad);
        assertTrue(p.stream().anyMatch(x -> x.path().equals("algorithms[1].dash") && x.message().equals("expected solid, dashed or dotted, got \"wavy\"")
                && x.line() == 6), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.path().equals("algorithms[1].lineWidth") && x.message().contains("0.5 to 4")), p.toString());
    }

    @Test
    void unknownFieldGetsADidYouMeanHint() {
        String json = SMALL.replace("\"alpha\": -0.091", "\"alpah\": -0.091");
        List<Problem> p = problems(json);
        assertTrue(p.stream().anyMatch(x -> x.path().equals("algorithms[1].law.alpah") && x.message().equals("unknown field; did you mean 'alpha'?")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.path().equals("algorithms[1].law.alpha") && x.message().startsWith("missing; expected a negative number")), p.toString());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        String json = SMALL.replace("\"A\": 36.3", "\"A\": -1").replace("\"alpha\": -0.091", "\"alpha\": \"steep\"").replace("\"name\": \"B\", ", "");
        List<Problem> p = problems(json);
        assertEquals(3, p.size(), p.toString());
        assertEquals("expected a positive number up to 1e15, got -1", p.get(0).message());
        assertEquals("algorithms[1].name", p.get(1).path());
        assertEquals("expected a negative number, at least -5, got \"steep\"", p.get(2).message());
    }

    @Test
    void referencesToMissingIdsAreErrorsWithASuggestion() throws IOException {
        String json = bundledText().replace("\"candidate\": \"transformer-2017\", \"reference\": \"lstm\"", "\"candidate\": \"transformer-2017\", \"reference\": \"lstn\"")
                .replace("\"netOf\": [ \"chinchilla-rebalancing\" ]", "\"netOf\": [ \"chinchila-rebalancing\" ]");
        List<Problem> p = problems(json);
        assertEquals(2, p.size(), p.toString());
        assertEquals("innovations[0].reference", p.get(0).path());
        assertEquals("no algorithm has the id \"lstn\"; did you mean 'lstm'?", p.get(0).message());
        assertEquals("innovations[0].netOf[0]", p.get(1).path());
        assertTrue(p.get(1).message().endsWith("did you mean 'chinchilla-rebalancing'?"));
    }

    @Test
    void duplicateIdsNameTheFirstUse() {
        String json = SMALL.replace("\"id\": \"b\"", "\"id\": \"a\"");
        List<Problem> p = problems(json);
        assertEquals("algorithms[1].id", p.get(0).path());
        assertEquals("duplicate algorithm id \"a\"; algorithms[0].id (line 5) already uses it", p.get(0).message());
    }

    @Test
    void syntaxErrorsGiveTheirPlace() {
        String json = SMALL.replace("-0.091}}", "-0.091},}");
        List<Problem> p = problems(json);
        assertEquals(1, p.size());
        assertEquals(6, p.get(0).line());
        assertTrue(p.get(0).message().startsWith("not valid JSON: "), p.get(0).message());
    }

    @Test
    void nanAndInfinityAreNotJson() {
        List<Problem> p = problems(SMALL.replace("36.3", "NaN"));
        assertEquals(5, p.get(0).line());
        assertTrue(p.get(0).message().contains("NaN"), p.get(0).message());
    }

    @Test
    void hugeNumbersAreRefused() {
        List<Problem> p = problems(SMALL.replace("36.3", "1e400"));
        assertEquals("algorithms[0].law.A", p.get(0).path());
        assertEquals("expected a positive number up to 1e15, got 1e400", p.get(0).message());
    }

    @Test
    void emptyAndNonObjectDocuments() {
        assertEquals("the file is empty; expected a JSON object", problems("").get(0).message());
        assertEquals("expected an object, got an array", problems("[1, 2]").get(0).message());
    }

    @Test
    void newerVersionsSayWhatThisBuildReads() {
        List<Problem> p = problems(SMALL.replace("\"version\": 1", "\"version\": 3"));
        assertEquals("version", p.get(0).path());
        assertEquals("this file uses format version 3; this build of Scaling Explorer reads versions up to 2", p.get(0).message());
    }

    /** Version 1 files have no loss scales: read as before, every algorithm on one undeclared scale (all comparable). */
    @Test
    void versionOneFilesAreMigratedOnRead() throws Exception {
        Dataset d = DatasetReader.read("v1.json", SMALL);
        assertEquals("", d.algorithm("a").lossScale());
        assertTrue(d.comparability(d.algorithm("a"), d.algorithm("b")).comparable());
    }

    @Test
    void theBundledDatasetDeclaresThePapersTwoLossScales() {
        Dataset d = BundledDatasets.paper();
        assertEquals("c4-gpt2", d.algorithm("lstm").lossScale());
        assertEquals("massivetext", d.algorithm("kaplan-allocation").lossScale());
        var v = d.comparability(d.algorithm("lstm"), d.algorithm("kaplan-allocation"));
        assertFalse(v.comparable());
        assertEquals("not comparable: LSTM's loss is on C4 (GPT-2 tokenizer), Transformer, Kaplan allocation's on MassiveText "
                + "(Hoffmann et al.'s tokenizer)", v.reason());
        assertTrue(d.comparability(d.algorithm("kaplan-allocation"), d.algorithm("chinchilla-allocation")).comparable());
    }

    @Test
    void unknownScalesAndInnovationsAcrossScalesAreRefused() throws Exception {
        String text = bundledText();
        List<Problem> p = problems(text.replace("\"lossScale\": \"massivetext\"", "\"lossScale\": \"massivetxt\""));
        assertEquals("algorithms[3].lossScale", p.get(0).path());
        assertTrue(p.get(0).message().startsWith("no loss scale has the id \"massivetxt\"; did you mean 'massivetext'?"), p.get(0).message());
        // the rebalancing innovation measured between an allocation and the LSTM: two scales
        List<Problem> across = problems(text.replace("\"candidate\": \"chinchilla-allocation\", \"reference\": \"kaplan-allocation\"",
                "\"candidate\": \"chinchilla-allocation\", \"reference\": \"lstm\""));
        assertTrue(across.get(0).message().startsWith("the candidate's loss is on \"massivetext\", the reference's on \"c4-gpt2\""),
                across.get(0).message());
        // declared comparable, it reads
        Dataset assumed = DatasetReader.read("a.json", text.replace("\"candidate\": \"chinchilla-allocation\", \"reference\": \"kaplan-allocation\"",
                "\"candidate\": \"chinchilla-allocation\", \"reference\": \"lstm\"").replace("\"lossScales\": [",
                "\"comparableScales\": [[\"c4-gpt2\", \"massivetext\"]],\n  \"lossScales\": ["));
        var v = assumed.comparability(assumed.algorithm("lstm"), assumed.algorithm("kaplan-allocation"));
        assertTrue(v.comparable() && v.assumed());
        assertTrue(v.reason().startsWith("assumed comparable: "), v.reason());
    }

    @Test
    void wrongFormatTagAndMissingAlgorithms() {
        List<Problem> p = problems("{\"format\": \"something-else\", \"version\": 1}");
        assertEquals(2, p.size());
        // a missing field is reported where its object starts, so it comes first
        assertEquals("algorithms", p.get(0).path());
        assertEquals("missing; expected an array", p.get(0).message());
        assertEquals("format", p.get(1).path());
        assertEquals("expected \"scaling-explorer-dataset\", got \"something-else\"", p.get(1).message());
    }

    @Test
    void cyclesInNetOfAreReported() throws IOException {
        String json = bundledText().replace("\"candidate\": \"chinchilla-allocation\", \"reference\": \"kaplan-allocation\", \"anchor\": \"reference\",",
                "\"candidate\": \"chinchilla-allocation\", \"reference\": \"kaplan-allocation\", \"anchor\": \"reference\", \"netOf\": [\"transformer\"],");
        List<Problem> p = problems(json);
        assertTrue(p.stream().anyMatch(x -> x.message().startsWith("innovations are net of each other in a cycle: ")), p.toString());
    }

    @Test
    void irreducibleLossAboveEveryObservedLoss() {
        String json = SMALL.replace("\"alpha\": -0.065}}", "\"alpha\": -0.065}, \"runs\": [{\"compute\": 1e18, \"loss\": 1.5}]}");
        List<Problem> p = problems(json);
        assertEquals("algorithms[0].runs[0].loss", p.get(0).path());
        assertTrue(p.get(0).message().contains("the loss 1.5 is at or below the law's irreducible loss E = 1.9"), p.get(0).message());
    }

    @Test
    void duplicateFieldsAreReported() {
        List<Problem> p = problems(SMALL.replace("\"E\": 1.9, \"A\": 36.3", "\"E\": 1.9, \"E\": 2.0, \"A\": 36.3"));
        assertEquals("algorithms[0].law.E", p.get(0).path());
        assertTrue(p.get(0).message().startsWith("duplicate field"));
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] body = SMALL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(2, DatasetReader.read("bom.json", new ByteArrayInputStream(withBom)).algorithms().size());
    }

    @Test
    void deeplyNestedInputIsRefusedByTheParser() {
        String deep = "{\"format\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        List<Problem> p = problems(deep);
        assertTrue(p.get(0).message().startsWith("not valid JSON"), p.get(0).message());
    }

    @Test
    void binaryFilesAndFoldersFailCleanly(@TempDir Path dir) throws IOException {
        Path bin = dir.resolve("x.json");
        Files.write(bin, new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 7});
        InputException e = assertThrows(InputException.class, () -> DatasetReader.read(bin));
        assertTrue(e.getMessage().startsWith(bin.toString()));
        assertInstanceOf(InputException.class, assertThrows(InputException.class, () -> DatasetReader.read(dir)));
        assertThrows(InputException.class, () -> DatasetReader.read(dir.resolve("missing.json")));
    }
}
