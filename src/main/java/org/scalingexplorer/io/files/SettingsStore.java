package org.scalingexplorer.io.files;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.scalingexplorer.io.InputException;

/**
 * Reads and writes {@link Settings} as a properties file in the user's config directory. Writing goes to a temporary
 * file that replaces the old one in one move, so a crash never leaves half a file. A missing or damaged file gives
 * the defaults: settings are a convenience, never a reason not to start.
 */
public final class SettingsStore {
    private final Path file;

    /** Settings files are a few hundred bytes; anything near this is not ours. */
    static final long MAX_BYTES = 1024 * 1024;
    private InputException problem;

    public SettingsStore(Path directory) {
        this.file = directory.resolve("settings.properties");
    }

    /** Why the last {@link #load} fell back to the defaults, if a settings file was there but could not be used. */
    public Optional<InputException> problem() {
        return Optional.ofNullable(problem);
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        Settings d = Settings.defaults();
        if (!Files.exists(file)) return d;
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(InputFiles.openText(file, MAX_BYTES, "a settings file"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (InputException e) {
            problem = e;
            return d;
        } catch (IOException e) {
            problem = InputFiles.problem(file.toString(), e);
            return d;
        } catch (IllegalArgumentException e) {
            problem = new InputException(file.toString(), "is not a settings file: " + e.getMessage());
            return d;
        }
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < Settings.MAX_RECENT; i++) {
            String r = p.getProperty("recent." + i);
            if (r != null && !r.isBlank()) recent.add(Path.of(r));
        }
        String last = p.getProperty("dataset", "");
        return new Settings(num(p, "window.x", d.x()), num(p, "window.y", d.y()), num(p, "window.width", d.width()),
                num(p, "window.height", d.height()), Boolean.parseBoolean(p.getProperty("window.maximized", "false")),
                last.isBlank() ? Optional.empty() : Optional.of(Path.of(last)), p.getProperty("view.reference", d.reference()),
                p.getProperty("view.anchor", d.anchor()), num(p, "view.log10Compute", d.log10Compute()), recent,
                p.getProperty("view.theme", d.theme()), Boolean.parseBoolean(p.getProperty("view.colorBlindSafe", "false")),
                (int) num(p, "autosave.seconds", d.autosaveSeconds()), (int) num(p, "view.digits", d.digits()),
                Boolean.parseBoolean(p.getProperty("view.endLabels", "false")));
    }

    public void save(Settings s) throws IOException {
        Properties p = new Properties();
        p.setProperty("window.x", Double.toString(s.x()));
        p.setProperty("window.y", Double.toString(s.y()));
        p.setProperty("window.width", Double.toString(s.width()));
        p.setProperty("window.height", Double.toString(s.height()));
        p.setProperty("window.maximized", Boolean.toString(s.maximized()));
        p.setProperty("dataset", s.lastDataset().map(Path::toString).orElse(""));
        p.setProperty("view.reference", s.reference());
        p.setProperty("view.anchor", s.anchor());
        p.setProperty("view.log10Compute", Double.toString(s.log10Compute()));
        p.setProperty("view.theme", s.theme());
        p.setProperty("view.colorBlindSafe", Boolean.toString(s.colorBlindSafe()));
        p.setProperty("autosave.seconds", Integer.toString(s.autosaveSeconds()));
        p.setProperty("view.digits", Integer.toString(s.digits()));
        p.setProperty("view.endLabels", Boolean.toString(s.endLabels()));
        for (int i = 0; i < s.recent().size(); i++) p.setProperty("recent." + i, s.recent().get(i).toString());
        AtomicFiles.write(file, out -> p.store(out, "Scaling Explorer settings"));
    }

    private static double num(Properties p, String key, double fallback) {
        try {
            double v = Double.parseDouble(p.getProperty(key, ""));
            return Double.isNaN(v) ? fallback : v;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
