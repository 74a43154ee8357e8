package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.runs.EpochCsvReader;
import org.scalingexplorer.model.fit.TrendFit;

/** {@code trend} reads Epoch AI's CSV ahead, on a second thread: what it prints must be what a plain read gives. */
class PrefetchedTest {
    private static final String HEADER = "Model,Publication date,Training compute (FLOP)\n";

    @TempDir
    Path dir;

    @Test
    void aFileReadAheadGivesTheSameFitAsAPlainRead() throws Exception {
        // from 2015 the three models the command warms up on are too few for a trend: that failure must not show
        CliTest.Result r = CliTest.run("trend", "--epoch", FitCliTest.EPOCH, "--from", "2015", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        EpochCsvReader.Result plain = EpochCsvReader.read(Path.of(FitCliTest.EPOCH));
        TrendFit.Result t = TrendFit.fit(plain.models(), TrendFit.Selection.parse("all"), 10, 2015, 2013);
        assertEquals(t.used().size(), j.get("used").asInt());
        assertEquals(t.growth(), j.get("growthPerYear").get("value").asDouble(), 1e-12 * t.growth());
        assertEquals(plain.skipped().get("no training compute"), j.get("skipped").get("no training compute").asInt());
    }

    @Test
    void aRefusalReadAheadIsTheRefusalAPlainReadGives() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "Model,Publication date\nGPT,2020-01-01\n");
        InputException plain = assertThrows(InputException.class, () -> EpochCsvReader.read(bad));
        CliTest.Result r = CliTest.run("trend", "--epoch", bad.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains(plain.getMessage()), r.err() + " vs " + plain.getMessage());
        assertTrue(r.out().isEmpty(), r.out());
    }

    @Test
    void anotherFileIsReadAsItIsAndTheReadAheadServesOnce() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, HEADER + "x,2015-01-01,1e20\ny,2018-01-01,1e22\nz,2021-01-01,1e24\n");
        Files.writeString(b, HEADER + "x,2015-01-01,1e20\n");
        Prefetched.startEpoch(a.toString());
        AtomicInteger meanwhile = new AtomicInteger();
        assertEquals(1, Prefetched.epoch(b, meanwhile::incrementAndGet).records(), "the file asked for, not the one read ahead");
        assertEquals(0, meanwhile.get(), "nothing to wait for");
        assertEquals(3, Prefetched.epoch(a, meanwhile::incrementAndGet).records());
        Files.writeString(a, HEADER + "x,2015-01-01,1e20\ny,2018-01-01,1e22\n");
        assertEquals(2, Prefetched.epoch(a, meanwhile::incrementAndGet).records(), "a second read sees the file as it is now");
    }

    /** Once the file is read and the command has not asked yet, the reading thread warms up; a warm-up that fails changes nothing. */
    @Test
    void theReadingThreadWarmsUpAfterTheReadAndAFailingWarmUpChangesNothing() throws Exception {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, HEADER + "x,2015-01-01,1e20\n");
        CountDownLatch warmed = new CountDownLatch(1);
        Prefetched.startEpoch(a.toString(), () -> {
            warmed.countDown();
            throw new IllegalStateException("a warm-up that fails");
        });
        assertTrue(warmed.await(10, TimeUnit.SECONDS), "the warm-up ran");
        assertEquals(1, Prefetched.epoch(a, () -> { }).records());
    }

    /** trend's own warm-up runs its steps to the end (one that always failed would warm nothing). */
    @Test
    void trendsWarmUpRunsWithoutFailing() {
        assertDoesNotThrow(TrendCommand::warmUp);
    }
}
