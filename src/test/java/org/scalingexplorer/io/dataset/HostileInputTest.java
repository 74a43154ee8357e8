package org.scalingexplorer.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.io.Problems;
import org.scalingexplorer.io.json.JsonTree;
import org.scalingexplorer.io.report.Report;
import org.scalingexplorer.io.runs.RunsCsvReader;

/**
 * The hand-made inputs of the hostile-input review: each is refused with its place and the limit or rule it breaks,
 * in bounded time, or (where valid) handled correctly.
 */
class HostileInputTest {
    static final Duration BOUND = Duration.ofSeconds(20);

    static InputException refusedDataset(String json) {
        return assertTimeoutPreemptively(BOUND, () -> assertThrows(InputException.class, () -> DatasetReader.read("hostile.json", json)));
    }

    static InputException refusedRuns(String csv) {
        return assertTimeoutPreemptively(BOUND, () -> assertThrows(InputException.class, () -> RunsCsvReader.read("hostile.csv", csv)));
    }

    static String firstMessage(InputException e) {
        return e.problems().get(0).describe();
    }

    @Test
    void twentyMillionRunEntriesAreRefusedAtTheValueLimitWithAPlace() {
        StringBuilder b = new StringBuilder(DatasetReaderTest.SMALL.replace("\"alpha\": -0.065}}", "\"alpha\": -0.065}, \"runs\": ["));
        b.setLength(b.indexOf("\"runs\": [") + 9);
        b.append("1,".repeat(JsonTree.MAX_VALUES)).append("1]}]}");
        InputException e = refusedDataset(b.toString());
        Problem p = e.problems().get(0);
        assertTrue(p.message().contains("more than 2,000,000 values in one document; that is the limit"), p.message());
        assertEquals(5, p.line());
        assertTrue(p.path().startsWith("algorithms[0].runs["), p.path());
    }

    @Test
    void listsLongerThanTheirLimitAreRefusedNamingTheLimit() {
        StringBuilder algorithms = new StringBuilder();
        for (int i = 0; i < DatasetLimits.MAX_ALGORITHMS + 1; i++) {
            algorithms.append(i == 0 ? "" : ",").append("{\"id\": \"a").append(i).append("\", \"name\": \"A\", \"law\": {\"type\": \"power\", \"A\": 3, \"alpha\": -0.1}}");
        }
        String json = "{\"format\": \"scaling-explorer-dataset\", \"version\": 1, \"algorithms\": [" + algorithms + "]}";
        assertTrue(firstMessage(refusedDataset(json)).contains("algorithms: this list has 101 items; at most 100 are allowed"));
    }

    /** 50,000 innovations each net of the next: once a StackOverflowError; checked without recursion now. */
    @Test
    void aLongNetOfChainIsRefusedWithoutRecursion() {
        Map<String, List<String>> chain = new HashMap<>();
        for (int i = 0; i < 50_000; i++) chain.put("i" + i, i + 1 < 50_000 ? List.of("i" + (i + 1)) : List.of());
        NetOfGraph.Check c = assertTimeoutPreemptively(BOUND, () -> NetOfGraph.check(chain, 8));
        assertTrue(c.problems().get("i0").contains("a chain of 49999 \"net of\" links (i0 -> i1 -> "), c.problems().get("i0"));
        assertTrue(c.problems().get("i0").contains("at most 8 are allowed"));
        assertFalse(c.problems().containsKey("i49999"));
    }

    /** 40 innovations each net of the next two: once exponential (over 60 s); linear now. */
    @Test
    void aDenseNetOfGraphIsCheckedInLinearTime() {
        Map<String, List<String>> dense = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            List<String> next = new ArrayList<>();
            if (i + 1 < 40) next.add("i" + (i + 1));
            if (i + 2 < 40) next.add("i" + (i + 2));
            dense.put("i" + i, next);
        }
        NetOfGraph.Check c = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> NetOfGraph.check(dense, 8));
        // the longest chain from i0 follows single steps: i0 -> i1 -> ... -> i39 has 39 links
        assertTrue(c.problems().get("i0").startsWith("a chain of 39 "), c.problems().get("i0"));
        assertFalse(c.problems().containsKey("i31"), "i31 has a chain of exactly 8 links: allowed");
        assertTrue(c.problems().containsKey("i30"));
    }

    @Test
    void aCycleIsNamedOnceForEachMember() {
        NetOfGraph.Check c = NetOfGraph.check(Map.of("a", List.of("b"), "b", List.of("c"), "c", List.of("a"), "d", List.of("a")), 8);
        assertEquals("innovations are net of each other in a cycle: a -> b -> c -> a".length(), c.problems().get("a").length());
        assertTrue(c.problems().keySet().containsAll(List.of("a", "b", "c")));
        assertFalse(c.problems().containsKey("d"), "d is behind the cycle, not on it");
    }

    @Test
    void aDuplicateNetOfEntryIsRefused() throws Exception {
        String json = DatasetReaderTest.bundledText().replace("\"netOf\": [ \"chinchilla-rebalancing\" ]",
                "\"netOf\": [ \"chinchilla-rebalancing\", \"chinchilla-rebalancing\" ]");
        InputException e = refusedDataset(json);
        assertTrue(firstMessage(e).startsWith("innovations[0].netOf[1]: \"chinchilla-rebalancing\" is named twice"), firstMessage(e));
    }

    @Test
    void aRunAtOrBelowTheLawsFloorIsRefusedAtThatRun() {
        String json = DatasetReaderTest.SMALL.replace("\"alpha\": -0.065}}",
                "\"alpha\": -0.065}, \"runs\": [{\"compute\": 1e18, \"loss\": 3.1}, {\"compute\": 1e19, \"loss\": 1.85}]}");
        InputException e = refusedDataset(json);
        assertEquals(1, e.problems().size());
        assertTrue(firstMessage(e).startsWith("algorithms[0].runs[1].loss: the loss 1.85 is at or below the law's irreducible loss E = 1.9"),
                firstMessage(e));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"year\": 2018|\"year\": 1900|innovations[1].year: expected a year from 1950 to 2100",
        "\"year\": 2018|\"year\": 2200|innovations[1].year: expected a year from 1950 to 2100",
        "\"A\": 36.3|\"A\": 1e300|algorithms[0].law.A: expected a positive number up to 1e15",
        "\"E\": 1.9, \"A\": 36.3|\"E\": 1e300, \"A\": 36.3|algorithms[0].law.E: expected an irreducible loss from 0 to 10000",
        "\"multiplier\": 1.0304|\"multiplier\": 1e300|innovations[1].multiplier: expected a multiplier from 1e-6 to 1e6",
        "\"growth\": 4.1|\"growth\": 1e300|computeTrend.growth: expected a growth factor per year above 1, at most 100",
        // 1e16 * 90^(2100 - 2013) = 10^(16 + 87 log10 90) = 10^186.02
        "\"growth\": 4.1|\"growth\": 90|computeTrend.growth: the trend would reach 1.04e186 FLOP by 2100; at most 1e100",
    })
    void valuesThatWouldOverflowAreRefusedNamingTheField(String from, String to, String expected) throws Exception {
        String text = DatasetReaderTest.bundledText();
        assertTrue(text.contains(from), from);
        InputException e = refusedDataset(text.replaceFirst(Pattern.quote(from), to));
        assertTrue(firstMessage(e).startsWith(expected), firstMessage(e));
    }

    @Test
    void nestingTooDeepAndEmptyFilesHaveAPlace() {
        Problem deep = refusedDataset("{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}").problems().get(0);
        assertTrue(deep.line() == 1 && deep.column() > 60, deep.describe());
        assertTrue(deep.message().contains("nesting depth"), deep.message());
        Problem empty = refusedDataset("  \n").problems().get(0);
        assertEquals(1, empty.line());
        assertEquals("the file is empty; expected a JSON object", empty.message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0x1p60|expected a positive compute in FLOP, got '0x1p60'",
        "1e20f|expected a positive compute in FLOP, got '1e20f'",
        "1e20d|expected a positive compute in FLOP, got '1e20d'",
        "Infinity|expected a positive compute in FLOP, got 'Infinity'",
        "NaN|expected a positive compute in FLOP, got 'NaN'",
    })
    void csvNumbersAreDecimalLiteralsOnly(String cell, String expected) {
        Problem p = refusedRuns("algorithm,compute,loss\nlstm," + cell + ",3.1\n").problems().get(0);
        assertEquals(2, p.line());
        assertEquals(2, p.column());
        assertTrue(p.message().contains(expected), p.message());
    }

    @Test
    void duplicateHeadersAreRefusedWithTheirPlace() {
        Problem p = refusedRuns("algorithm,compute,loss,loss\nlstm,1e18,3.1,3.2\n").problems().get(0);
        assertEquals(1, p.line());
        assertEquals(4, p.column());
        assertTrue(p.message().startsWith("duplicate column; it is also column 3"), p.message());
    }

    @Test
    void anUnclosedQuoteIsLocatedAtTheLineItOpens() {
        Problem p = refusedRuns("algorithm,compute,loss\nlstm,1e18,3.1\n\"lstm,1e19,3.0\nlstm,1e20,2.9\n").problems().get(0);
        assertEquals(3, p.line(), p.describe());
        assertEquals("not valid CSV: a quoted cell starts here and its closing quote never comes", p.message());
    }

    @Test
    void aMillionColumnsAreRefusedAtOnceAndProblemsAreCapped() {
        String wide = "algorithm,compute,loss," + "x,".repeat(1_000_000) + "y\n";
        InputException e = refusedRuns(wide);
        assertEquals(1, e.problems().size());
        assertTrue(firstMessage(e).contains("the header has 1,000,004 columns; at most 1,000 are read"), firstMessage(e));
        StringBuilder bad = new StringBuilder("algorithm,compute,loss\n");
        for (int i = 0; i < 5000; i++) bad.append("lstm,lots,3.1\n");
        InputException many = refusedRuns(bad.toString());
        assertEquals(Problems.MAX + 1, many.problems().size());
        assertEquals("and 4,900 more problems (only the first 100 are listed)", many.problems().get(Problems.MAX).message());
        assertTrue(many.getMessage().startsWith("hostile.csv: 5,000 problems"), many.getMessage().lines().findFirst().orElse(""));
    }

    @Test
    void jsonOutputNeverHoldsInfinityOrNaN() throws Exception {
        var mapper = new ObjectMapper();
        var doc = mapper.createObjectNode();
        doc.put("ceg", Double.POSITIVE_INFINITY);
        doc.put("share", Double.NaN);
        doc.putArray("values").add(1.5).add(Double.NEGATIVE_INFINITY);
        String json = new Report("t", List.of(), List.of(), doc).jsonText();
        var back = mapper.readTree(json);
        assertTrue(back.get("ceg").isNull());
        assertEquals("too large to compute (beyond the range of numbers)", back.get("cegReason").asText());
        assertTrue(back.get("share").isNull());
        assertEquals("undefined here", back.get("shareReason").asText());
        assertTrue(back.get("values").get(1).isNull());
        assertFalse(json.contains("Infinity") || json.contains("NaN"), json);
    }
}
