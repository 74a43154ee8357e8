package org.scalingexplorer.io.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetFiles;
import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.io.runs.EpochCsvReader;
import org.scalingexplorer.io.runs.RunsCsvReader;
import org.scalingexplorer.io.workspace.WorkspaceFormat;

/** Every reader refuses a file it cannot use in the same words, naming the cause and, for text, the place. */
class InputFilesTest {
    @TempDir
    Path dir;

    /** The four readers a user feeds files to, each by its path. */
    interface Reader {
        void read(Path p) throws InputException;
    }

    static final List<Reader> READERS = List.of(DatasetReader::read, RunsCsvReader::read, EpochCsvReader::read, WorkspaceFormat::read,
            p -> DatasetFiles.open(p, BundledDatasets.paper()));

    static String message(Reader r, Path p) {
        InputException e = assertThrows(InputException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> r.read(p)));
        return e.getMessage();
    }

    @Test
    void aMissingFileIsSaidNotToExistByEveryReader() {
        for (Reader r : READERS) {
            String m = message(r, dir.resolve("nope.csv"));
            assertTrue(m.contains("nope.csv") && m.contains("does not exist"), m);
        }
    }

    @Test
    void aFolderIsSaidToBeAFolderByEveryReader() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("runs.csv"));
        for (Reader r : READERS) {
            String m = message(r, folder);
            assertTrue(m.contains("is a folder"), m);
        }
    }

    /** A FIFO with no writer would block a read forever; a device such as /dev/zero never ends. Both are refused at once. */
    @Test
    void fifosAndDevicesAreRefusedWithoutReading() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor());
        for (Path special : List.of(fifo, Path.of("/dev/zero"))) {
            for (Reader r : READERS) {
                String m = message(r, special);
                assertTrue(m.contains("is not a regular file (a FIFO, a device or a socket)"), m);
            }
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsSizeNamingTheLimit() throws IOException {
        Path f = Files.writeString(dir.resolve("big.json"), "x".repeat(3000));
        InputException e = assertThrows(InputException.class, () -> InputFiles.openText(f, 2048, "a dataset (JSON)"));
        assertTrue(e.getMessage().contains("is too big: 2.9 KiB, over the limit of 2.0 KiB for a dataset (JSON)"), e.getMessage());
    }

    @Test
    void noPermissionIsSaidInWords() {
        // the tests may run as root, who reads anything: the wording is checked on the exception itself
        assertEquals("no permission to read it", InputFiles.reason(new AccessDeniedException("/x")));
    }

    /**
     * Offsets, lines and columns counted by hand: "ab\ncd\u00e9" is 7 bytes (the e-acute takes two), so the bad
     * character starts at byte 7 (from 0), on line 2, column 4 (c, d, e-acute before it).
     */
    @ParameterizedTest
    @CsvSource({
        "C0 AF, an overlong form",
        "E0 80 AF, an overlong form, an encoded surrogate or a code point above U+10FFFF",
        "ED A0 80, an overlong form, an encoded surrogate or a code point above U+10FFFF",
        "F4 90 80 80, an overlong form, an encoded surrogate or a code point above U+10FFFF",
        "80, a continuation byte with no start",
        "FF, a byte that never occurs in UTF-8",
        "C3 28, a broken multi-byte character",
    })
    void malformedUtf8IsRefusedWithItsByteOffsetLineAndColumn(String hex, String why) throws IOException {
        byte[] bad = HexFormat.ofDelimiter(" ").parseHex(hex);
        byte[] head = "ab\ncd\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + 3];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        all[all.length - 3] = 'x';
        all[all.length - 2] = 'y';
        all[all.length - 1] = '\n';
        Path f = Files.write(dir.resolve("bad.csv"), all);
        // the CSV readers let the JDK's decoder find it, the JSON readers check byte by byte: the same place either way
        for (Reader r : List.<Reader>of(RunsCsvReader::read, EpochCsvReader::read, DatasetReader::read)) {
            InputException e = assertThrows(InputException.class, () -> r.read(f));
            Problem p = e.problems().get(0);
            assertEquals(2, p.line(), e.getMessage());
            assertEquals(4, p.column(), e.getMessage());
            assertTrue(p.message().startsWith("is not UTF-8 text at byte 7 (" + why), p.message());
        }
    }

    /** Past the decoder's first buffer: 20,000 good lines of runs, then a stray byte on line 20,002, column 3. */
    @Test
    void malformedUtf8FarIntoACsvIsPlacedByItsLine() throws IOException {
        StringBuilder csv = new StringBuilder("algorithm,compute,loss\n");
        for (int i = 0; i < 20_000; i++) csv.append("lstm,1e18,3.5\n");
        byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
        Path f = Files.write(dir.resolve("late.csv"), concat(good, new byte[] {'l', 's', (byte) 0x80, 't', 'm', '\n'}));
        InputException e = assertThrows(InputException.class, () -> RunsCsvReader.read(f));
        Problem p = e.problems().get(0);
        assertEquals(20_002, p.line(), e.getMessage());
        assertEquals(3, p.column(), e.getMessage());
        assertTrue(p.message().startsWith("is not UTF-8 text at byte " + (good.length + 2) + " (a continuation byte with no start"), p.message());
    }

    @Test
    void aFileEndingInsideACharacterIsRefused() throws IOException {
        Path f = Files.write(dir.resolve("cut.json"), new byte[] {'{', (byte) 0xE2, (byte) 0x82});
        for (Reader r : List.<Reader>of(DatasetReader::read, RunsCsvReader::read)) {
            String m = message(r, f);
            assertTrue(m.contains("is not UTF-8 text at byte 1 (the file ends inside a character)"), m);
        }
    }

    @Test
    void utf16IsRefusedWithAClearMessageAndAUtf8ByteOrderMarkIsAllowed() throws Exception {
        String json = "{\"format\": 1}";
        Path le = Files.write(dir.resolve("le.json"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, json.getBytes(StandardCharsets.UTF_16LE)));
        assertTrue(message(DatasetReader::read, le).contains("a UTF-16 byte-order mark: the file is UTF-16); expected UTF-8"));
        Path noBom = Files.write(dir.resolve("be.json"), json.getBytes(StandardCharsets.UTF_16BE));
        assertTrue(message(DatasetReader::read, noBom).contains("the file looks like UTF-16"));
        Path runs = Files.write(dir.resolve("bom.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "algorithm,compute,loss\nlstm,1e18,3.5\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, RunsCsvReader.read(runs).get("lstm").size());
    }

    @Test
    void validUtf8OfEveryLengthPassesUnchanged() throws Exception {
        String text = "a\u00e9\u20ac\ud83d\ude00\uffff\n";
        Path f = Files.writeString(dir.resolve("ok.txt"), text);
        assertEquals(text, InputFiles.readText(f, 1000, "text"));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
