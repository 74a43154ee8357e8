package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.TestData;

/** The fit and trend commands on the real files kept in src/test/resources/data, read as they are. */
class FitCliTest {
    static final String CHINCHILLA = TestData.CHINCHILLA.toString();
    static final String EPOCH = TestData.EPOCH.toString();

    @Test
    void fitPrintsTheReplicationsParametersWithIntervals() throws Exception {
        CliTest.Result r = CliTest.run("fit", "--runs", CHINCHILLA, "--law", "chinchilla", "--drop-highest", "5", "--bootstrap", "40",
                "--seed", "3", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("chinchilla", j.get("law").asText());
        assertEquals(240, j.get("used").asInt());
        assertEquals(5, j.get("dropped").asInt());
        JsonNode alpha = j.get("parameters").get("alpha");
        assertEquals(0.3478, alpha.get("value").asDouble(), 0.01);
        assertTrue(alpha.get("ci").get(0).asDouble() <= alpha.get("value").asDouble());
        assertTrue(alpha.get("ci").get(1).asDouble() >= alpha.get("value").asDouble());
        for (String p : new String[] {"E", "A", "B", "alpha", "beta"}) assertTrue(j.get("parameters").has(p), p);
    }

    @Test
    void aPowerFitOfTheSameRunsHasTwoParameters() throws Exception {
        CliTest.Result r = CliTest.run("fit", "--runs", CHINCHILLA, "--law", "power", "--bootstrap", "0", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(2, j.get("parameters").size());
        assertTrue(j.get("parameters").get("alpha").get("value").asDouble() < 0);
    }

    @Test
    void badRunsExitTwoNamingTheFileAndPlace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("runs.csv");
        Files.writeString(bad, "compute,loss\n1e18,3.1\n1e19,lots\n");
        CliTest.Result r = CliTest.run("fit", "--runs", bad.toString(), "--law", "power");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("runs.csv") && r.err().contains("3") && r.err().contains("lots"), r.err());
        CliTest.Result law = CliTest.run("fit", "--runs", CHINCHILLA, "--law", "cubic");
        assertEquals(2, law.code());
        assertTrue(law.err().contains("expected power, saturating or chinchilla"), law.err());
    }

    /** 1,892 records: 904 without a training compute, 59 of the rest published before 2010 (counted with Python's csv). */
    @Test
    void trendCountsTheEpochRowsItSkipsByReason() throws Exception {
        CliTest.Result r = CliTest.run("trend", "--epoch", EPOCH, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(904, j.get("skipped").get("no training compute").asInt());
        assertEquals(59, j.get("skipped").get("published before 2010").asInt());
        assertEquals(1892 - 904 - 59, j.get("used").asInt());
        double g = j.get("growthPerYear").get("value").asDouble();
        // Epoch AI measures about 4.1x per year (90% CI 3.7-4.6) for notable models; every model with a compute is close
        assertTrue(g > 3 && g < 5, "growth " + g);
        assertTrue(j.get("growthPerYear").get("ci").get(0).asDouble() < g && j.get("growthPerYear").get("ci").get(1).asDouble() > g);
        assertEquals(2013, j.get("year0").asDouble(), 0);
        CliTest.Result top = CliTest.run("trend", "--epoch", EPOCH, "--select", "top-n", "--format", "json");
        JsonNode t = new ObjectMapper().readTree(top.out());
        assertEquals(1892 - 904 - 59, t.get("used").asInt() + t.get("skipped").get("not among the 10 largest of its year").asInt());
    }

    /**
     * Epoch AI's own selection: 484 of the 988 models with a compute fill "Notability criteria", 428 of them since 2010.
     * Python's csv module and an ordinary least-squares slope of log10 compute on the fractional year give 4.678976x.
     */
    @Test
    void trendSelectsEpochsNotableModels() throws Exception {
        CliTest.Result r = CliTest.run("trend", "--epoch", EPOCH, "--select", "notable", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(428, j.get("used").asInt());
        assertEquals(501, j.get("skipped").get("not notable by Epoch AI's criteria").asInt());
        assertEquals(4.678976400, j.get("growthPerYear").get("value").asDouble(), 1e-8);
    }

    /** The documented JSON of the sensitivity command; the LSTM's exponent 10% up gives 71x (the closed form in SensitivityTest). */
    @Test
    void sensitivityPrintsTheDocumentedShape() throws Exception {
        CliTest.Result r = CliTest.run("sensitivity", "--year", "2025", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(2025, j.get("year").asInt());
        assertTrue(j.get("total").asDouble() > 21000 && j.get("total").asDouble() < 21500);
        JsonNode first = j.get("rows").get(0);
        for (String f : new String[] {"input", "value", "low", "high"}) assertTrue(first.has(f), f);
        assertTrue(first.get("low").has("total") && first.get("low").has("share"));
        CliTest.Result two = CliTest.run("sensitivity", "--format", "json");
        assertEquals(2, new ObjectMapper().readTree(two.out()).size(), "2023 and 2025 by default");
        CliTest.Result bad = CliTest.run("sensitivity", "--delta", "2");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--delta must be a number from 0.001 to 0.9, got 2"), bad.err());
    }
}
