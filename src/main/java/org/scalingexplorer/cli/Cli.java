package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.util.NoSuchElementException;
import java.util.Set;

import org.scalingexplorer.AppInfo;
import org.scalingexplorer.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line: prints what the app shows, without starting the JavaFX toolkit. Exit codes: 0 on
 * success, 2 on bad input or bad arguments (with a one-paragraph message on stderr and no stack trace).
 */
@Command(name = "scaling-explorer", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Explore neural scaling laws and compute-equivalent gains (CEG). Without a command, opens the window.",
        subcommands = {CegCommand.class, AttributionCommand.class, FramesCommand.class, MatrixCommand.class, FitCommand.class, TrendCommand.class,
                ExportCommand.class,
                ValidateCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    private static final Set<String> TOP_LEVEL_FLAGS = Set.of("--help", "-h", "--version", "-V");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Whether these arguments ask for the command line rather than the window. */
    public static boolean handles(String[] args) {
        if (args.length == 0) return false;
        return TOP_LEVEL_FLAGS.contains(args[0]) || new CommandLine(new Cli()).getSubcommands().containsKey(args[0]);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("scaling-explorer: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println(message(ex));
            err.flush();
            return ex instanceof InputException || ex instanceof IllegalArgumentException
                    || ex instanceof NoSuchElementException || ex instanceof IllegalStateException ? BAD_INPUT : 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static String message(Exception ex) {
        if (ex instanceof InputException ie) return ie.getMessage();
        String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return ex instanceof IllegalArgumentException || ex instanceof NoSuchElementException || ex instanceof IllegalStateException
                ? "scaling-explorer: " + m
                : "scaling-explorer: internal error (" + ex.getClass().getSimpleName() + "): " + m;
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
                return org.scalingexplorer.model.ComputeText.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
