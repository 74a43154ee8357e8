package org.scalingexplorer.io.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.scalingexplorer.model.Numbers;

/**
 * What the app remembers between runs: window geometry, the last dataset and view, recent files.
 *
 * @param lastDataset empty for the bundled dataset
 * @param theme       light, dark or high-contrast
 * @param autosaveSeconds seconds between autosaves of unsaved work; 0 turns autosave off
 * @param digits      significant figures numbers are shown with
 * @param endLabels   whether lines are named at their ends (View > Label Lines at Their Ends)
 */
public record Settings(double x, double y, double width, double height, boolean maximized, Optional<Path> lastDataset,
                       String reference, String anchor, double log10Compute, List<Path> recent, String theme, boolean colorBlindSafe, int autosaveSeconds,
                       int digits, boolean endLabels) {
    public static final int MAX_RECENT = 8;

    public Settings {
        lastDataset = lastDataset == null ? Optional.empty() : lastDataset;
        recent = List.copyOf(recent.subList(0, Math.min(MAX_RECENT, recent.size())));
        theme = theme == null || theme.isBlank() ? "light" : theme;
        autosaveSeconds = Math.max(0, Math.min(MAX_AUTOSAVE_SECONDS, autosaveSeconds));
        digits = digits < Numbers.MIN_DIGITS || digits > Numbers.MAX_DIGITS ? Numbers.DEFAULT_DIGITS : digits;
        // an edited or damaged file: the compute slider spans 1 to 1e40 FLOP
        log10Compute = Double.isFinite(log10Compute) ? Math.max(0, Math.min(40, log10Compute)) : 22;
    }

    /** An hour: autosave less often than that and it protects little. */
    public static final int MAX_AUTOSAVE_SECONDS = 3600;
    /** The share of the screen's width and height the window takes at the first start. */
    public static final double FIRST = 0.85;
    /** The smallest window the layout is made for. */
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 500;

    /**
     * The window's geometry made to fit a screen whose usable area is {@code (sx, sy, sw, sh)}: no larger than the
     * screen, no smaller than the layout needs, and placed on it (a position from another, now absent, monitor, or
     * one that would leave less than a title bar's worth on screen, is dropped so the window is centred).
     */
    public Settings fittedTo(double sx, double sy, double sw, double sh) {
        // the first start: most of the screen (at least 1280 x 800 where the screen has it), not a small window on a large one
        double w = Double.isFinite(width) ? Math.max(Math.min(MIN_WIDTH, sw), Math.min(width, sw)) : Math.min(sw, Math.max(Math.min(1280, sw), FIRST * sw));
        double h = Double.isFinite(height) ? Math.max(Math.min(MIN_HEIGHT, sh), Math.min(height, sh)) : Math.min(sh, Math.max(Math.min(800, sh), FIRST * sh));
        boolean onScreen = hasPosition() && x >= sx - w + 100 && x <= sx + sw - 100 && y >= sy && y <= sy + sh - 40;
        return new Settings(onScreen ? Math.min(Math.max(x, sx), sx + sw - w) : Double.NaN, onScreen ? Math.min(Math.max(y, sy), sy + sh - h) : Double.NaN,
                w, h, maximized, lastDataset, reference, anchor, log10Compute, recent, theme, colorBlindSafe, autosaveSeconds, digits, endLabels);
    }

    public static Settings defaults() {
        return new Settings(Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, Optional.empty(), "lstm", "reference", 22, List.of(), "light", false, 30, Numbers.DEFAULT_DIGITS, false);
    }

    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }
}
