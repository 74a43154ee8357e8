package org.scalingexplorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @Test
    void roundTrip(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("nested"));
        Settings s = new Settings(10, 20, 1500, 900, true, Optional.of(Path.of("/data/x.scaling.json")), "transformer-2017",
                "candidate", 23.5, List.of(Path.of("/data/x.scaling.json"), Path.of("/data/runs.csv")),
                "high-contrast", true, 120);
        store.save(s);
        assertEquals(s, store.load());
        try (var files = Files.list(dir.resolve("nested"))) {
            assertEquals(List.of("settings.properties"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left behind");
        }
    }

    @Test
    void missingOrDamagedFilesGiveTheDefaults(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir);
        assertEquals(Settings.defaults(), store.load());
        Files.write(store.file(), new byte[] {'w', 'i', 'n', 'd', 'o', 'w', '.', 'x', '=', '\\', 'u', '0'});
        assertEquals(Settings.defaults(), store.load());
        Files.writeString(store.file(), "window.width=abc\nview.log10Compute=NaN\n");
        assertEquals(Settings.defaults(), store.load());
    }

    @Test
    void userDirectoriesFollowTheOverrideAndNeverTheWorkingDirectory() {
        String old = System.getProperty("scalingexplorer.home");
        try {
            System.setProperty("scalingexplorer.home", "/tmp/se-test-home");
            assertEquals(Path.of("/tmp/se-test-home/config"), UserDirectories.config());
            System.clearProperty("scalingexplorer.home");
            assertEquals(true, UserDirectories.config().isAbsolute());
            assertEquals(true, UserDirectories.data().isAbsolute());
        } finally {
            if (old != null) System.setProperty("scalingexplorer.home", old);
        }
    }
}
