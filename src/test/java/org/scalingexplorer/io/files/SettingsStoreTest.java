package org.scalingexplorer.io.files;

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
                "high-contrast", true, 120, 5, true);
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

    /** A settings file with window.width=1e9 once gave a 32,767-pixel window off screen. */
    @Test
    void theWindowIsFittedToTheScreen() {
        Settings huge = new Settings(5000, -3000, 1e9, 1e9, false, Optional.empty(), "lstm", "reference", 400, List.of(),
                "light", false, 1_000_000, 99, false);
        Settings fitted = huge.fittedTo(0, 0, 1920, 1040);
        assertEquals(1920, fitted.width());
        assertEquals(1040, fitted.height());
        assertEquals(false, fitted.hasPosition(), "a position off every screen is dropped: the window is centred");
        assertEquals(40, fitted.log10Compute(), "the compute slider ends at 1e40 FLOP");
        assertEquals(Settings.MAX_AUTOSAVE_SECONDS, fitted.autosaveSeconds());
        assertEquals(3, fitted.digits(), "figures outside 2 to 6 (an edited file) fall back to the default");
        Settings small = new Settings(100, 50, 200, 100, false, Optional.empty(), "lstm", "reference", 22, List.of(),
                "light", false, 30, 3, false).fittedTo(0, 0, 1920, 1040);
        assertEquals(Settings.MIN_WIDTH, small.width());
        assertEquals(Settings.MIN_HEIGHT, small.height());
        assertEquals(100, small.x());
        // a window hanging off the right edge is moved back onto the screen
        Settings right = new Settings(1700, 900, 1280, 800, false, Optional.empty(), "lstm", "reference", 22, List.of(),
                "light", false, 30, 3, false).fittedTo(0, 0, 1920, 1040);
        assertEquals(1920 - 1280, right.x());
        assertEquals(1040 - 800, right.y());
        assertEquals(22, Settings.defaults().fittedTo(0, 0, 1280, 760).log10Compute());
        assertEquals(760, Settings.defaults().fittedTo(0, 0, 1280, 760).height());
        // issue 18: the first start on a 1920 screen is not a 1280 x 800 window in its corner
        Settings first = Settings.defaults().fittedTo(0, 0, 1920, 1040);
        assertEquals(0.85 * 1920, first.width(), 1e-9);
        assertEquals(0.85 * 1040, first.height(), 1e-9);
        assertEquals(1280, Settings.defaults().fittedTo(0, 0, 1280, 760).width(), "a 1280 screen: all of its width");
    }
}
