package org.scalingexplorer.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where per-user files go, by each OS's convention; never next to the jar or inside the install directory.
 * The system property {@code scalingexplorer.home} moves both (tests, portable use).
 */
public final class UserDirectories {
    private static final String APP = "scaling-explorer";

    private UserDirectories() {
    }

    /** Preferences and recent files: $XDG_CONFIG_HOME, %APPDATA%, or ~/Library/Application Support. */
    public static Path config() {
        return perUser("config", "APPDATA", "XDG_CONFIG_HOME", ".config");
    }

    /** Autosaves and other data: $XDG_DATA_HOME, %LOCALAPPDATA%, or ~/Library/Application Support. */
    public static Path data() {
        return perUser("data", "LOCALAPPDATA", "XDG_DATA_HOME", ".local/share");
    }

    private static Path perUser(String kind, String windowsVariable, String xdgVariable, String xdgDefault) {
        String override = System.getProperty("scalingexplorer.home");
        if (override != null) return Path.of(override, kind);
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String dir = System.getenv(windowsVariable);
            return Path.of(dir != null ? dir : home, "Scaling Explorer");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Application Support", "Scaling Explorer");
        String xdg = System.getenv(xdgVariable);
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, APP) : Path.of(home, xdgDefault, APP);
    }
}
