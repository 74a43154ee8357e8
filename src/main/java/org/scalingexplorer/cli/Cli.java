package org.scalingexplorer.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Printable;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.files.AppInfo;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.Painter;
import org.scalingexplorer.render.Rgba;

/**
 * The headless command line: prints what the app shows, without starting the JavaFX toolkit. Exit codes: 0 on
 * success, 2 on bad input or bad arguments (with a one-paragraph message on stderr and no stack trace).
 */
@Command(name = "scaling-explorer", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Explore neural scaling laws and compute-equivalent gains (CEG). Without a command, opens the window.")
public final class Cli implements Runnable {
    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    private static final Set<String> TOP_LEVEL_FLAGS = Set.of("--help", "-h", "--version", "-V");

    /**
     * The commands' names, in the order help lists them. Only the command asked for is built (picocli reads each
     * command's annotations by reflection, which costs a short command most of its time); help, a flag or an unknown
     * word builds them all.
     */
    static final List<String> COMMANDS = List.of("ceg", "attribution", "frames", "matrix", "fit", "trend", "curves", "ablation", "export",
            "sensitivity", "allocation", "validate", "laws", "help");

    /** The command named {@code name}, one of {@link #COMMANDS} (a switch, not a map of constructors: each would be a class made at start). */
    static Object command(String name) {
        return switch (name) {
            case "ceg" -> new CegCommand();
            case "attribution" -> new AttributionCommand();
            case "frames" -> new FramesCommand();
            case "matrix" -> new MatrixCommand();
            case "fit" -> new FitCommand();
            case "trend" -> new TrendCommand();
            case "curves" -> new CurvesCommand();
            case "ablation" -> new AblationCommand();
            case "export" -> new ExportCommand();
            case "sensitivity" -> new SensitivityCommand();
            case "allocation" -> new AllocationCommand();
            case "validate" -> new ValidateCommand();
            case "laws" -> new LawsCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The command line for {@code args}: with only the command they name, or with every command. */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Cli());
        String first = args.length == 0 ? "" : args[0];
        if (COMMANDS.contains(first) && !first.equals("help")) {
            cl.addSubcommand(first, command(first));
        } else if (!first.equals("--version") && !first.equals("-V")) {
            for (String name : COMMANDS) cl.addSubcommand(name, command(name));
        }
        return cl;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The word that opens the window explicitly: {@code gui [FILE]}. */
    public static final String GUI = "gui";

    /**
     * Whether these arguments ask for the command line rather than the window. The window opens with no arguments,
     * with {@code gui}, or with a file to open (a path: it names an existing file, or has a dot or a folder in it);
     * anything else is a command, so a misspelt one is refused with the list of commands instead of opening a window.
     */
    public static boolean handles(String[] args) {
        if (args.length == 0 || GUI.equals(args[0])) return false;
        if (TOP_LEVEL_FLAGS.contains(args[0]) || args[0].startsWith("-")) return true;
        if (COMMANDS.contains(args[0])) return true;
        return !looksLikeFile(args[0]);
    }

    private static boolean looksLikeFile(String arg) {
        if (arg.contains(".") || arg.contains("/") || arg.contains(File.separator)) return true;
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Commands that read the bundled dataset unless given another. */
    private static final Set<String> ON_A_DATASET = Set.of("ceg", "attribution", "frames", "matrix", "export", "sensitivity", "allocation");

    /**
     * Starts what the command will need on the second core while picocli reads the arguments on the first: the
     * bundled dataset (unless another is given), for {@code trend} Epoch AI's CSV ({@link Prefetched}) and, for an
     * export, Java2D's fonts and the PNG encoder (a small drawing encoded and thrown away). Daemon
     * threads: nothing waits for them but the code that would have done the same work anyway.
     */
    static void prewarm(String[] args) {
        if (args.length == 0) return;
        List<String> all = List.of(args);
        if (ON_A_DATASET.contains(args[0]) && !all.contains("--dataset") && !all.contains("--workspace")
                && all.stream().noneMatch(a -> a.startsWith("--dataset=") || a.startsWith("--workspace="))) {
            daemon(BundledDatasets::paper);
        }
        if (args[0].equals("trend")) {
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--epoch") && i + 1 < args.length) Prefetched.startEpoch(args[i + 1], TrendCommand::warmUp);
                else if (args[i].startsWith("--epoch=")) Prefetched.startEpoch(args[i].substring("--epoch=".length()), TrendCommand::warmUp);
            }
        }
        if (args[0].equals("export")) {
            daemon(() -> {
                System.setProperty("java.awt.headless", "true");
                try {
                    ChartExport.encode((p, w, h) -> {
                        p.font(12, false);
                        p.stroke(Rgba.WHITE);
                        p.text("1e22", 0, h, Painter.HAlign.LEFT, Painter.VAlign.BOTTOM);
                        p.line(0, 0, w, h);
                    }, Rgba.BLACK, ChartExport.Format.PNG, ChartExport.MIN_SIDE, ChartExport.MIN_SIDE, 1, OutputStream.nullOutputStream());
                } catch (IOException e) {
                    // nothing is written
                }
            });
        }
    }

    /** Runs {@code work} on a daemon thread; what goes wrong in it is ignored (only time is lost). */
    static void daemon(Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                // the command does the same work again and reports what goes wrong
            }
        }, "prewarm");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Runs the common commands once, their output thrown away, so that a class-data archive recorded in this process
     * holds their classes too (the installed launcher's commands then start from the archive). Writes only in a
     * temporary folder, which it removes.
     */
    public static void exercise() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("scaling-explorer-cds");
            Path epoch = dir.resolve("epoch.csv");
            Files.writeString(epoch, "Model,Publication date,Training compute (FLOP),Notability criteria\n"
                    + "a,2015-01-01,1e20,Highly cited\nb,2018-06-01,1e22,\nc,2021-01-01,3e23,SOTA improvement\n");
            PrintWriter none = new PrintWriter(Writer.nullWriter());
            run(new String[] {"export", "--chart", "loglog", "--out", dir.resolve("c.png").toString(), "--width", "400", "--height", "300"}, none, none);
            run(new String[] {"trend", "--epoch", epoch.toString()}, none, none);
            for (String c : new String[] {"ceg", "attribution", "frames"}) {
                run(c.equals("ceg") ? new String[] {c, "--compute", "1e22"} : new String[] {c}, none, none);
            }
            run(new String[] {"ceg", "--compute", "1e22", "--format", "json"}, none, none);
        } catch (IOException | RuntimeException e) {
            // an archive with fewer classes: the commands still run, a little slower to start
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) Files.deleteIfExists(f);
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // a temporary folder left behind; the system cleans it
                }
            }
        }
    }

    public static int run(String[] args, PrintWriter out, PrintWriter rawErr) {
        prewarm(args);
        // every message names files and algorithms a user gave: their control characters are shown escaped
        PrintWriter err = new PrintWriter(Printable.escaping(rawErr), true);
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            if (ex instanceof CommandLine.UnmatchedArgumentException u && ex.getCommandLine() == cl && !u.getUnmatched().isEmpty()
                    && !u.getUnmatched().get(0).startsWith("-")) {
                err.println("scaling-explorer: unknown command '" + u.getUnmatched().get(0) + "'; the commands are "
                        + String.join(", ", cl.getSubcommands().keySet()) + " (and gui, or a file, to open the window)");
                err.println("Try 'scaling-explorer --help'.");
                err.flush();
                return BAD_INPUT;
            }
            err.println("scaling-explorer: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println(message(ex));
            err.flush();
            return userError(ex) ? BAD_INPUT : 1;
        });
        // --digits holds for this command only
        int code;
        try {
            code = Numbers.withDigits(Numbers.DEFAULT_DIGITS, () -> cl.execute(args));
        } catch (OutOfMemoryError e) {
            // what was held is unreachable now: a message, not a stack trace
            err.println(String.format(Locale.ROOT, "scaling-explorer: not enough memory for this command (Java's heap is %,d MiB); "
                    + "ask for less (a smaller image, fewer files) or give Java more with -Xmx", Runtime.getRuntime().maxMemory() >> 20));
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Failures a user can cause (a bad file, a bad argument, an output that cannot be written) exit 2 with a message;
     * anything else is a bug and exits 1.
     */
    static boolean userError(Exception ex) {
        return ex instanceof InputException || ex instanceof IllegalArgumentException || ex instanceof NoSuchElementException
                || ex instanceof IllegalStateException || ex instanceof IOException;
    }

    static String message(Exception ex) {
        if (ex instanceof InputException ie) return ie.getMessage();
        if (ex instanceof FileSystemException f) {
            return "scaling-explorer: cannot write " + f.getFile() + ": " + writeReason(f);
        }
        String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (ex instanceof IOException) return "scaling-explorer: cannot write the output: " + m;
        return userError(ex) ? "scaling-explorer: " + m : "scaling-explorer: internal error (" + ex.getClass().getSimpleName() + "): " + m;
    }

    private static String writeReason(FileSystemException f) {
        if (f instanceof AccessDeniedException) return "no permission to write there";
        if (f instanceof NoSuchFileException) return "the folder does not exist or takes no new files";
        return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }

    /** Parses compute amounts such as {@code 1e22}, {@code 3x10^24} and {@code 250 PF-days}. */
    static final class ComputeConverter implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                return ComputeText.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
