package org.scalingexplorer;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.scalingexplorer.cli.Cli;
import org.scalingexplorer.io.files.UserDirectories;
import org.scalingexplorer.render.Fonts;

/**
 * Entry point of the jar and the installed app. Command-line arguments run headless commands without touching
 * JavaFX; anything else (nothing, or a dataset file to open) starts the window. This class must not extend
 * Application, or a plain {@code java -jar} refuses to start ("JavaFX runtime components are missing").
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        UserDirectories.redirectLibraryCaches();
        Fonts.loadFromCopies(UserDirectories::cachedCopy);
        if (args.length > 0 && Cli.GUI.equals(args[0])) args = Arrays.copyOfRange(args, 1, args.length);
        else if (Cli.handles(args)) {
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            System.exit(Cli.run(args, out, err));
        }
        App.milestone("main");
        App.main(args);
    }
}
