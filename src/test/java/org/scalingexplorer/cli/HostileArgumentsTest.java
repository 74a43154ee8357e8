package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.scalingexplorer.TestData;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.io.dataset.DatasetWriter;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.CegMatrix;

/**
 * Every argument a careless or hostile user can give is refused before work starts, with exit code 2, a message that
 * names the argument and its range, and no stack trace; none reaches exit 1 (kept for real bugs).
 */
class HostileArgumentsTest {
    static final String RUNS = TestData.CHINCHILLA.toString();

    static CliTest.Result refused(String... args) {
        CliTest.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliTest.run(args));
        assertEquals(2, r.code(), String.join(" ", args) + "\n" + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("internal error"), r.err());
        return r;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "attribution --step 1e-9|--step must be a number from 0.01 to 100 years, got 1e-9",
        "attribution --step NaN|--step must be a number from 0.01 to 100 years, got NaN",
        "attribution --from NaN|--from must be a number from 1950 to 2100, got NaN",
        "attribution --from 1900|--from must be a number from 1950 to 2100, got 1900",
        "attribution --from 2025 --to 2012|--to (2012) must not be before --from (2025)",
        "attribution --from 1950 --to 2100 --step 0.01|would print 15,001 rows; at most 10,000",
        "frames --reference lstm --from NaN|--from must be a number from 1950 to 2100, got NaN",
        "frames --reference lstm --to Infinity|--to must be a number from 1950 to 2100, got Infinity",
        "ceg --compute 1e22 --reference lstm --anchor sideways|anchor must be 'reference' or 'candidate'",
        "ceg --compute 1e300 --reference lstm|--compute must be a number from 1 to 1e40 FLOP, got 1e300",
        "matrix --compute 0.5|--compute must be a number from 1 to 1e40 FLOP, got 0.5",
        "export --chart attribution --year 1e9 --out x.png|--year must be a number from 1950 to 2100, got 1e9",
        "export --chart attribution --year NaN --out x.png|--year must be a number from 1950 to 2100, got NaN",
        "export --chart loglog --width 10 --out x.png|--width must be a whole number from 50 to 16,384, got 10",
        "export --chart loglog --scale 9 --out x.png|--scale must be a number from 1 to 4, got 9",
        "export --chart loglog --out /|/: expected a file name ending in .png, .svg or .pdf",
        "export --chart loglog --out /proc/x.png|cannot write /proc/x.png: the folder does not exist or takes no new files",
        "trend --epoch x.csv --top 0|--top must be a whole number from 1 to 10,000, got 0",
        "trend --epoch x.csv --year0 NaN|--year0 must be a number from 1950 to 2100, got NaN",
    })
    void argumentsOutOfRangeAreRefusedNamingTheRange(String args, String expected) {
        CliTest.Result r = refused(args.split(" "));
        assertTrue(r.err().contains(expected), r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--bootstrap 100000000|--bootstrap must be a whole number from 0 to 20,000, got 100000000",
        "--bootstrap 2147483647|--bootstrap must be a whole number from 0 to 20,000, got 2147483647",
        "--bootstrap -1|--bootstrap must be a whole number from 0 to 20,000, got -1",
        "--bootstrap 5|--bootstrap needs 10 to 20000 resamples, got 5",
        "--frontier-bins 2147483647|--frontier-bins must be a whole number from 0 to 10,000, got 2147483647",
        "--min-compute NaN|--min-compute must be a number from 0 to 1e40 FLOP, got NaN",
        "--max-compute NaN|--max-compute must be a positive number of FLOP (or Infinity for no limit), got NaN",
        "--min-compute 1e20 --max-compute 1e19|--max-compute (1e19) must not be below --min-compute (1e20)",
    })
    void fitArgumentsAreBounded(String args, String expected) {
        String[] extra = args.split(" ");
        String[] all = new String[4 + extra.length];
        all[0] = "fit";
        all[1] = "--runs";
        all[2] = RUNS;
        all[3] = "--law=power";
        System.arraycopy(extra, 0, all, 4, extra.length);
        CliTest.Result r = refused(all);
        assertTrue(r.err().contains(expected), r.err());
    }

    @Test
    void aMisspeltCommandIsRefusedWithTheListOfCommandsInsteadOfOpeningTheWindow() {
        assertTrue(Cli.handles(new String[] {"frobnicate"}));
        CliTest.Result r = refused("frobnicate");
        assertTrue(r.err().contains("unknown command 'frobnicate'; the commands are ceg, attribution, frames, matrix, fit, trend, curves, ablation, export, sensitivity, allocation, validate"),
                r.err());
    }

    @Test
    void theWindowOpensOnlyWithNothingGuiOrAFile(@TempDir Path dir) throws Exception {
        assertFalse(Cli.handles(new String[0]));
        assertFalse(Cli.handles(new String[] {"gui"}));
        assertFalse(Cli.handles(new String[] {"my.scaling.json"}));
        assertFalse(Cli.handles(new String[] {"data/dataset"}));
        Path bare = Files.writeString(dir.resolve("dataset"), "{}");
        assertFalse(Cli.handles(new String[] {bare.toString()}));
        assertTrue(Cli.handles(new String[] {"--frobnicate"}));
        assertTrue(Cli.handles(new String[] {"ceg"}));
    }

    /**
     * An algorithm name with ESC, BEL, CR/LF and a right-to-left override, which the dataset reader accepts: text
     * output shows them escaped, never raw; an SVG of it is well-formed XML; a file name with ESC in a message too.
     */
    @Test
    void controlCharactersReachNoTerminalAndBreakNoXml(@TempDir Path dir) throws Exception {
        String json = DatasetWriter.toJson(BundledDatasets.paper())
                .replace("\"name\" : \"Transformer (2017)\"", "\"name\" : \"Evil\\u001b[2J\\u0007\\r\\nName\\u202eesrever\"");
        Path d = Files.writeString(dir.resolve("evil.scaling.json"), json);
        CliTest.Result text = CliTest.run("ceg", "--dataset", d.toString(), "--compute", "1e22", "--reference", "lstm");
        assertEquals(0, text.code(), text.err());
        // a name holds its controls as visible symbols from the moment it is read (model.Names): ␛ ␇ ␍ ␊ and � for the override
        assertTrue(text.out().contains("Evil\u241b[2J\u2407\u240d\u240aName\ufffdesrever"), text.out());
        for (char c : text.out().toCharArray()) assertTrue(c == '\n' || c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f) && c != 0x202e, "raw " + (int) c);
        CliTest.Result md = CliTest.run("ceg", "--dataset", d.toString(), "--compute", "1e22", "--reference", "lstm", "--format", "markdown");
        assertTrue(!md.out().contains("\u001b") && !md.out().contains("\u202e"), md.out());
        Path svg = dir.resolve("evil.svg");
        assertEquals(0, CliTest.run("export", "--chart", "loglog", "--dataset", d.toString(), "--out", svg.toString()).code());
        assertTrue(ExportCliTest.svgTexts(svg).stream().anyMatch(t -> t.startsWith("Evil\u241b[2J\u2407")), ExportCliTest.svgTexts(svg).toString());
        Path named = dir.resolve("bad\u001b]0;title\u0007.json");
        CliTest.Result missing = refused("ceg", "--dataset", named.toString(), "--compute", "1e22", "--reference", "lstm");
        assertTrue(missing.err().contains("bad\\x1b]0;title\\x07.json") && !missing.err().contains("\u001b"), missing.err());
    }

    /** Group patterns that backtrack for minutes in java.util.regex finish at once, or are refused with the reason. */
    @Test
    void groupPatternsRunInBoundedTime(@TempDir Path dir) throws Exception {
        Path runs = Files.createDirectories(dir.resolve("runs"));
        Files.writeString(runs.resolve("a".repeat(80) + "_1.csv"), "step,validation_loss,total_flops_profiler\n1,5,1e15\n");
        CliTest.Result slow = refused("curves", "--runs", runs.toString(), "--group", "^((.*a){12})$");
        assertTrue(slow.err().contains("no training curves in"), slow.err());
        CliTest.Result back = refused("curves", "--runs", runs.toString(), "--group", "^((a+)+\\2)$");
        assertTrue(back.err().contains("--group is not a pattern this app can run: back-references"), back.err());
    }

    @Test
    void outputsThatCannotBeWrittenExitTwoNamingTheFile(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("d.png"));
        CliTest.Result r = refused("export", "--chart", "loglog", "--out", folder.toString());
        assertTrue(r.err().contains("cannot write " + folder + ": is a folder"), r.err());
        CliTest.Result missing = refused("export", "--chart", "loglog", "--out", dir.resolve("no/such/x.png").toString());
        assertTrue(missing.err().contains("no directory"), missing.err());
        // a link to a device, a FIFO, a read-only file: refused with what they are, and left as they were
        Path device = Files.createSymbolicLink(dir.resolve("x.png"), Path.of("/dev/null"));
        CliTest.Result dev = refused("export", "--chart", "loglog", "--out", device.toString());
        assertTrue(dev.err().contains("cannot write " + device + ": is not a regular file (a character device)"), dev.err());
        Path fifo = dir.resolve("f.svg");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertTrue(refused("export", "--chart", "loglog", "--out", fifo.toString()).err().contains("(a FIFO)"));
        Path readOnly = Files.writeString(dir.resolve("ro.pdf"), "kept");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        assertTrue(refused("export", "--chart", "loglog", "--out", readOnly.toString()).err().contains("is read-only"));
        assertEquals("kept", Files.readString(readOnly));
    }

    /** 100 algorithms (the limit) have 970,200 ordered triples: the matrix lists the 100 largest defects, quickly. */
    @Test
    void theMatrixOfTheLargestDatasetIsBoundedInTimeAndOutput(@TempDir Path dir) throws Exception {
        StringBuilder algorithms = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            algorithms.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"id\": \"a%d\", \"name\": \"A%d\", \"law\": {\"type\": \"power\", \"E\": 1.5, \"A\": %.3f, \"alpha\": %.4f}}",
                    i, i, 20.0 + i, -0.05 - 0.0005 * i));
        }
        Path file = Files.writeString(dir.resolve("wide.json"),
                "{\"format\": \"scaling-explorer-dataset\", \"version\": 1, \"algorithms\": [" + algorithms + "]}");
        CliTest.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CliTest.run("matrix", "--compute", "1e22", "--dataset", file.toString(), "--format", "json"));
        assertEquals(0, r.code(), r.err());
        var j = new ObjectMapper().readTree(r.out());
        assertEquals(970_200, j.get("defectsTotal").asLong());
        assertEquals(100, j.get("defects").size());
        // the first listed is the largest |ln defect| over every triple, found here by brute force from the matrix
        var m = new CegMatrix(DatasetReader.read(file).algorithms(),
                Anchor.REFERENCE, 1e22);
        double worst = 0;
        for (int a = 0; a < 100; a++) for (int b = 0; b < 100; b++) for (int c = 0; c < 100; c++) {
            if (a == b || b == c || a == c) continue;
            double d = m.cell(a, b).value() * m.cell(b, c).value() / m.cell(a, c).value();
            worst = Math.max(worst, Math.abs(Math.log(d)));
        }
        assertEquals(worst, Math.abs(Math.log(j.get("defects").get(0).get("defect").asDouble())), 1e-9);
    }
}
