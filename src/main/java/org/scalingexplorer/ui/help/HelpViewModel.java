package org.scalingexplorer.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.scalingexplorer.AppInfo;
import org.scalingexplorer.model.Citation;
import org.scalingexplorer.ui.AppState;

/**
 * What Help shows: the chart gestures beside the menus' shortcuts, a short guide (CEG, the two anchors, reference
 * frames, loss scales, how to read each chart), how to cite the paper and the data (the dataset's own sources), and
 * About with the versions and the licences of everything the app ships.
 */
public final class HelpViewModel {
    /** One shortcut or gesture: where it applies, what it does, the keys or the mouse. */
    public record Shortcut(String where, String action, String keys) {
    }

    /** A heading and its paragraphs. */
    public record Section(String heading, List<String> paragraphs) {
    }

    /** The libraries the app ships, with their licences. */
    static final List<String> LIBRARIES = List.of("OpenJFX " + System.getProperty("javafx.runtime.version", "21") + ": GPL v2 with the Classpath Exception",
            "ControlsFX 11.2: BSD 3-Clause", "Apache Commons Math 3.6, CSV 1.11, Text 1.12: Apache 2.0", "Jackson 2.17: Apache 2.0",
            "picocli 4.7: Apache 2.0", "Apache PDFBox 3.0 and pdfbox-graphics2d 3.0: Apache 2.0", "JFreeSVG 5.0: GPL v3");

    private final AppState state;

    public HelpViewModel(AppState state) {
        this.state = state;
    }

    /** The gestures no menu shows; the menus' own shortcuts are read from the menus by the view. */
    public List<Shortcut> gestures() {
        return List.of(new Shortcut("Charts", "Zoom", "Mouse wheel, or drag a box"), new Shortcut("Charts", "Pan", "Right-drag or Shift-drag"),
                new Shortcut("Charts", "Reset the zoom", "Double-click"), new Shortcut("Charts", "Move the compute cursor", "Click"),
                new Shortcut("Charts", "Show or hide a series", "Its legend entry"), new Shortcut("Loss chart", "Move a drawn what-if", "Drag its handles"),
                new Shortcut("Story", "Next or previous saved view", "Page Down or Page Up (in present mode also the arrows)"),
                new Shortcut("Playback", "Pause or resume", "Space"), new Shortcut("Present mode", "Enter or leave", "F11 (Esc leaves)"), new Shortcut("Everywhere", "Redo", "Ctrl+Y (or Ctrl+Shift+Z)"));
    }

    /** The guide, by section. */
    public List<Section> guide() {
        List<Section> out = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        for (String line : resource("guide.txt").split("\n")) {
            if (line.startsWith("# ")) {
                if (heading != null) out.add(new Section(heading, List.copyOf(paragraphs)));
                heading = line.substring(2).strip();
                paragraphs.clear();
            } else if (!line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        if (heading != null) out.add(new Section(heading, List.copyOf(paragraphs)));
        return out;
    }

    /** How to cite: the app, then the sources of the dataset open now (text, then BibTeX). */
    public String citation() {
        return "When a result rests on this tool, cite the paper whose model it implements and the data it shows:\n\n"
                + Citation.describe(state.dataset().metadata().citations());
    }

    /** About: name, version, runtime, licence, the libraries and their licences, the data's sources. */
    public String about() {
        return AppInfo.NAME + " " + AppInfo.version() + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), JavaFX "
                + System.getProperty("javafx.runtime.version", "21") + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "\n\n"
                + AppInfo.CREDITS + "\n\nLibraries:\n" + String.join("\n", LIBRARIES.stream().map(l -> "  " + l).toList());
    }

    static String resource(String name) {
        try (InputStream in = HelpViewModel.class.getResourceAsStream("/org/scalingexplorer/help/" + name)) {
            if (in == null) return "";
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
