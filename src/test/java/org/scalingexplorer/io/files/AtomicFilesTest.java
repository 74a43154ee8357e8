package org.scalingexplorer.io.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.IIOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are written as editors write them: mode from the umask, modes kept, links followed, no leftovers. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    /** The umask this JVM runs under, as the shell it starts reports it (children inherit it). */
    static int umask() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "umask").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        p.waitFor();
        return Integer.parseInt(out, 8);
    }

    static int mode(Path p) throws IOException {
        int m = 0;
        for (PosixFilePermission perm : Files.getPosixFilePermissions(p)) m |= 1 << (8 - perm.ordinal());
        return m;
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGives() throws Exception {
        Path f = dir.resolve("chart.svg");
        AtomicFiles.writeString(f, "<svg/>");
        assertEquals(0666 & ~umask(), mode(f), Integer.toOctalString(mode(f)));
        assertEquals("<svg/>", Files.readString(f));
    }

    @Test
    void overwritingKeepsTheExistingMode() throws Exception {
        Path f = dir.resolve("w.scaling.json");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.writeString(f, "new");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals("new", Files.readString(f));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("fig.svg");
        Files.writeString(real, "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw-r--"));
        Path link = dir.resolve("link.svg");
        Files.createSymbolicLink(link, Path.of("real", "fig.svg"));
        Path linkToLink = dir.resolve("again.svg");
        Files.createSymbolicLink(linkToLink, link);
        AtomicFiles.writeString(linkToLink, "new");
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(linkToLink));
        assertEquals("new", Files.readString(real));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        // the temporary file went beside the target, and is gone
        try (Stream<Path> s = Files.list(real.getParent())) {
            assertEquals(Set.of(real), Set.copyOf(s.toList()));
        }
    }

    @Test
    void aDanglingLinkCreatesItsTargetAndALinkCycleIsRefused() throws Exception {
        Path link = dir.resolve("out.png");
        Files.createSymbolicLink(link, dir.resolve("target.png"));
        AtomicFiles.writeString(link, "x");
        assertEquals("x", Files.readString(dir.resolve("target.png")));
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(a, "x"));
        assertTrue(e.getMessage().contains("symbolic links"), e.getMessage());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path f = dir.resolve("settings.properties");
        Files.writeString(f, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write(1);
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void oldLeftoversOfKilledSavesAreRemovedAndYoungOnesKept() throws Exception {
        Path f = dir.resolve("w.scaling.json");
        Path old = Files.writeString(dir.resolve(".w.scaling.json.abc123.part"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(AtomicFiles.LEFTOVER_AGE).minusSeconds(60)));
        Path young = Files.writeString(dir.resolve(".w.scaling.json.def456.part"), "in progress elsewhere");
        Path otherOld = Files.writeString(dir.resolve(".other.json.zzz.part"), "half");
        Files.setLastModifiedTime(otherOld, FileTime.from(Instant.now().minus(AtomicFiles.LEFTOVER_AGE).minusSeconds(60)));
        AtomicFiles.writeString(f, "{}");
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(young));
        assertTrue(Files.exists(otherOld), "a save cleans only its own file's leftovers");
        AtomicFiles.removeLeftovers(dir);
        assertFalse(Files.exists(otherOld), "the start-up sweep cleans every old leftover of the folder");
        assertTrue(Files.exists(young));
    }

    @Test
    void aFolderIsNotOverwritten() throws Exception {
        Path d = Files.createDirectories(dir.resolve("d.png"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(d, "x"));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertTrue(Files.isDirectory(d));
    }

    /**
     * Only regular files are written: a FIFO, a link to one, a device behind a link (as root, /dev/null would have
     * become a regular file) and a read-only file are refused naming what they are, and left as they were.
     */
    @Test
    void anythingButARegularFileIsRefusedAndLeftAsItWas() throws Exception {
        Path fifo = dir.resolve("out.png");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(fifo, "x"));
        assertTrue(e.getMessage().contains(fifo.toString()) && e.getMessage().contains("is not a regular file (a FIFO)"), e.getMessage());
        assertTrue(Files.isRegularFile(fifo) == false && Files.exists(fifo), "the FIFO is still a FIFO");
        Path toFifo = Files.createSymbolicLink(dir.resolve("link.png"), fifo);
        assertTrue(assertThrows(IOException.class, () -> AtomicFiles.writeString(toFifo, "x")).getMessage().contains("(a FIFO)"));
        Path toDevice = Files.createSymbolicLink(dir.resolve("device.svg"), Path.of("/dev/null"));
        IOException d = assertThrows(IOException.class, () -> AtomicFiles.writeString(toDevice, "x"));
        assertTrue(d.getMessage().contains("is not a regular file (a character device)"), d.getMessage());
        assertTrue(Files.isSymbolicLink(toDevice));
        Path readOnly = Files.writeString(dir.resolve("kept.json"), "old");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        // marked read-only by its owner: not replaced, even by root, who could
        IOException r = assertThrows(IOException.class, () -> AtomicFiles.writeString(readOnly, "new"));
        assertTrue(r.getMessage().contains(readOnly + ": is read-only") || r.getMessage().contains("is read-only"), r.getMessage());
        assertEquals("old", Files.readString(readOnly));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".part")).count(), "no temporary file left");
        }
    }

    /** A write that fails deep in a library (a full disk under ImageIO) names the file and the cause, not the library's words alone. */
    @Test
    void aFailedWriteNamesTheFileAndTheCause() {
        Path out = dir.resolve("chart.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(out, os -> {
            throw new IIOException("I/O error writing PNG file!", new IOException("No space left on device"));
        }));
        assertTrue(e instanceof FileSystemException f && f.getFile().equals(out.toString()), e.toString());
        assertTrue(e.getMessage().contains("No space left on device (I/O error writing PNG file!)"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    /**
     * A save killed mid-write leaves its temporary file, named for its process: the next save removes it as soon as that
     * process is gone, however young the file; a file of a process still running (another save under way) is kept.
     */
    @Test
    void aDeadWritersTemporaryFileIsRemovedAtOnce() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = Files.writeString(dir.resolve(".out.json." + gone.pid() + "-abc123.part"), "half");
        Path alive = Files.writeString(dir.resolve(".out.json." + ProcessHandle.current().pid() + "-def456.part"), "running");
        AtomicFiles.writeString(dir.resolve("out.json"), "{}");
        assertFalse(Files.exists(dead), "the dead writer's file, seconds old, is gone");
        assertTrue(Files.exists(alive), "a running writer's file is kept");
        assertEquals(OptionalLong.of(42), AtomicFiles.writer(".x.png.42-zz9.part"));
        assertTrue(AtomicFiles.writer(".x.png.zz9.part").isEmpty());
    }
}
