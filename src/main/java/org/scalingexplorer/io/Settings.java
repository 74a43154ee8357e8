package org.scalingexplorer.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the app remembers between runs: window geometry, the last dataset and view, recent files.
 *
 * @param lastDataset empty for the bundled dataset
 * @param theme       light, dark or high-contrast
 * @param autosaveSeconds seconds between autosaves of unsaved work; 0 turns autosave off
 */
public record Settings(double x, double y, double width, double height, boolean maximized, Optional<Path> lastDataset,
                       String reference, String anchor, double log10Compute, List<Path> recent, String theme, boolean colorBlindSafe, int autosaveSeconds) {
    public static final int MAX_RECENT = 8;

    public Settings {
        lastDataset = lastDataset == null ? Optional.empty() : lastDataset;
        recent = List.copyOf(recent.subList(0, Math.min(MAX_RECENT, recent.size())));
        theme = theme == null || theme.isBlank() ? "light" : theme;
        autosaveSeconds = Math.max(0, autosaveSeconds);
    }

    public static Settings defaults() {
        return new Settings(Double.NaN, Double.NaN, 1280, 800, false, Optional.empty(), "lstm", "reference", 22, List.of(), "light", false, 30);
    }

    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }
}
