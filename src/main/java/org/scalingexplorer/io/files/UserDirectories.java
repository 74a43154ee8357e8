package org.scalingexplorer.io.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where per-user files go, by each platform's rules; never next to the jar or inside the install directory.
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_CONFIG_HOME}, {@code $XDG_DATA_HOME}, {@code $XDG_CACHE_HOME}, falling
 *       back to {@code $HOME/.config}, {@code $HOME/.local/share}, {@code $HOME/.cache} (the XDG Base Directory
 *       specification: a relative or empty value is ignored);</li>
 *   <li>Windows: {@code %APPDATA%} for configuration, {@code %LOCALAPPDATA%} for data and (under {@code cache}) the
 *       cache;</li>
 *   <li>macOS: {@code ~/Library/Application Support} and {@code ~/Library/Caches}.</li>
 * </ul>
 * The home directory is read from the environment ({@code HOME}, or {@code USERPROFILE} on Windows): Java's
 * {@code user.home} comes from the password database and ignores a user who set {@code HOME}; it is only the
 * last resort. The system property {@code scalingexplorer.home} moves all three (tests, portable use).
 */
public final class UserDirectories {
    private static final String APP = "scaling-explorer";
    private static final String APP_TITLE = "Scaling Explorer";

    /** The three kinds of per-user directory. */
    public enum Kind { CONFIG, DATA, CACHE }

    private final String os;
    private final Function<String, String> env;
    private final String javaHome;
    private final String override;

    UserDirectories(String os, Function<String, String> env, String userHome, String override) {
        this.os = os.toLowerCase(Locale.ROOT);
        this.env = env;
        this.javaHome = userHome;
        this.override = override;
    }

    /** The directories of this process: its OS, its environment, its system properties. */
    static UserDirectories ofThisProcess() {
        return new UserDirectories(System.getProperty("os.name", ""), System::getenv, System.getProperty("user.home", "."),
                System.getProperty("scalingexplorer.home"));
    }

    /** For tests: as on {@code os} with only the variables of {@code vars} set. */
    static UserDirectories of(String os, Map<String, String> vars, String userHome) {
        return new UserDirectories(os, vars::get, userHome, null);
    }

    /** Preferences and recent files. */
    public static Path config() {
        return ofThisProcess().dir(Kind.CONFIG);
    }

    /** Autosaves and other data. */
    public static Path data() {
        return ofThisProcess().dir(Kind.DATA);
    }

    /** What can be made again: font caches, native libraries unpacked by JavaFX, class-data archives. */
    public static Path cache() {
        return ofThisProcess().dir(Kind.CACHE);
    }

    /**
     * Points the caches that libraries write on their own into {@link #cache()}: JavaFX unpacks its native
     * libraries under {@code user.home/.openjfx} and PDFBox keeps a font list in {@code user.home/.pdfbox.cache},
     * both ignoring {@code $HOME} and XDG. A value the user set with {@code -D} is kept.
     */
    /**
     * {@code content} as the file {@code name} in the cache folder's {@code fonts} folder, written when missing or
     * different; empty when the folder cannot be written.
     */
    public static Optional<Path> cachedCopy(String name, byte[] content) {
        try {
            Path dir = cache().resolve("fonts");
            Files.createDirectories(dir);
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f) || Files.size(f) != content.length
                    || !Arrays.equals(Files.readAllBytes(f), content)) {
                AtomicFiles.write(f, out -> out.write(content));
            }
            return Optional.of(f);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static void redirectLibraryCaches() {
        Path cache = cache();
        if (System.getProperty("javafx.cachedir") == null) System.setProperty("javafx.cachedir", cache.resolve("openjfx").toString());
        if (System.getProperty("pdfbox.fontcache") == null) {
            try {
                // PDFBox uses the folder only when it exists and is writable, and otherwise falls back to user.home
                Files.createDirectories(cache);
                System.setProperty("pdfbox.fontcache", cache.toString());
            } catch (IOException | SecurityException e) {
                // no cache folder: PDFBox keeps its own default
            }
        }
    }

    Path dir(Kind kind) {
        if (override != null && !override.isBlank()) return Path.of(override, kind.name().toLowerCase(Locale.ROOT));
        if (os.contains("win")) {
            return switch (kind) {
                case CONFIG -> Path.of(absolute("APPDATA", home()), APP_TITLE);
                case DATA -> Path.of(absolute("LOCALAPPDATA", home()), APP_TITLE);
                case CACHE -> Path.of(absolute("LOCALAPPDATA", home()), APP_TITLE, "cache");
            };
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return kind == Kind.CACHE ? Path.of(home(), "Library", "Caches", APP_TITLE)
                    : Path.of(home(), "Library", "Application Support", APP_TITLE);
        }
        return switch (kind) {
            case CONFIG -> Path.of(absolute("XDG_CONFIG_HOME", Path.of(home(), ".config").toString()), APP);
            case DATA -> Path.of(absolute("XDG_DATA_HOME", Path.of(home(), ".local", "share").toString()), APP);
            case CACHE -> Path.of(absolute("XDG_CACHE_HOME", Path.of(home(), ".cache").toString()), APP);
        };
    }

    /** The user's home: the environment's HOME (USERPROFILE on Windows), else Java's user.home. */
    String home() {
        String fromEnv = os.contains("win") ? absolute("USERPROFILE", null) : absolute("HOME", null);
        return fromEnv != null ? fromEnv : javaHome;
    }

    /** The variable's value when it is an absolute path (the XDG rule: relative values are invalid), else the fallback. */
    private String absolute(String variable, String fallback) {
        String v = env.apply(variable);
        if (v == null || v.isBlank()) return fallback;
        // a Windows path such as C:\Users\x is absolute there even when this JVM runs elsewhere (tests)
        boolean abs = Path.of(v).isAbsolute() || (os.contains("win") && v.matches("^[A-Za-z]:[\\\\/].*|^\\\\\\\\.*"));
        return abs ? v : fallback;
    }
}
