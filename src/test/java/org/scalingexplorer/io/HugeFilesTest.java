package org.scalingexplorer.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.io.runs.EpochCsvReader;
import org.scalingexplorer.io.runs.RunsCsvReader;
import org.scalingexplorer.io.workspace.WorkspaceFormat;

/** A 1 GB file given to any reader is refused at once, by its size, without being read into memory. */
class HugeFilesTest {
    @Test
    void everyReaderRefusesAGigabyteFileByItsSize(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30); // sparse: a gigabyte of zeros that takes no disk
        }
        List<Reader> readers = List.of(DatasetReader::read, RunsCsvReader::read, RunsCsvReader::readForFit, EpochCsvReader::read,
                WorkspaceFormat::read);
        for (Reader r : readers) {
            InputException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(InputException.class, () -> r.read(huge)));
            assertTrue(e.getMessage().contains("MiB"), e.getMessage());
        }
    }

    interface Reader {
        Object read(Path file) throws InputException;
    }
}
