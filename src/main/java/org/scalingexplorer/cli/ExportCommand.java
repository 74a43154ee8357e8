package org.scalingexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.scalingexplorer.figure.AttributionFigure;
import org.scalingexplorer.figure.FigureState;
import org.scalingexplorer.figure.Figures;
import org.scalingexplorer.figure.Sweep;
import org.scalingexplorer.io.Printable;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.io.files.AtomicFiles;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.Gif;
import org.scalingexplorer.render.OutputSize;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Draws one of the window's charts to PNG, SVG or PDF with no display (the format follows --out).")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "FILE", description = "dataset file (default: the bundled paper dataset)")
    Path dataset;

    @Option(names = "--chart", required = true, paramLabel = "CHART",
            description = "loglog, ceg, attribution, frames, scale, sensitivity or allocation; or, from training curves, curves (with --runs), "
                    + "scale-dependence (with --runs and --compare ID) or ablation (with --baseline and --variant): these take the options "
                    + "of the curves and ablation commands, the compute column as --compute-column")
    String chart;

    @Option(names = "--no-source", description = "leave out the line under the chart naming the data's source")
    boolean noSource;

    private OutputSize outputSize;

    /** The options of a chart from training curves, handed to the curves or ablation command. */
    @CommandLine.Unmatched
    List<String> curveOptions = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.png, FILE.svg or FILE.pdf; FILE.gif with --sweep")
    Path out;

    @Option(names = "--sweep", paramLabel = "WHAT", description = "a playback, as an animated GIF: years or compute moved from --from to --to "
            + "over --seconds at --fps, the value in each frame's corner (in frontier mode the other follows along the trend)")
    String sweep;

    @Option(names = "--from", paramLabel = "V", description = "where the sweep starts: a year, or a compute (default 2012, or 1e16 FLOP)")
    String sweepFrom;

    @Option(names = "--to", paramLabel = "V", description = "where the sweep ends (default 2025, or 1e26 FLOP)")
    String sweepTo;

    @Option(names = "--seconds", defaultValue = "8", paramLabel = "S", description = "the sweep's length, 1 to 60 s (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--fps", defaultValue = "15", paramLabel = "N", description = "frames a second, 1 to 30 (default ${DEFAULT-VALUE})")
    double fps;

    @Option(names = "--compute", converter = Cli.ComputeConverter.class, paramLabel = "C",
            description = "the compute cursor: 1e22, 3x10^24, 250 PF-days (default: the frontier of --year, or 1e22)")
    Double compute;

    @Option(names = "--year", paramLabel = "Y", description = "the attribution's year cursor (default 2025)")
    Double year;

    @Option(names = "--reference", paramLabel = "ID", description = "reference algorithm (default: the dataset's first)")
    String reference;

    @Option(names = "--anchor", defaultValue = "reference", paramLabel = "ANCHOR", description = "reference or candidate (default ${DEFAULT-VALUE})")
    String anchor;

    @Option(names = "--mode", defaultValue = "frontier", paramLabel = "MODE",
            description = "attribution mode: frontier (compute follows the trend) or fixed (at --compute); default ${DEFAULT-VALUE}")
    String mode;

    @Option(names = "--width", paramLabel = "W", description = "width in pixels (default 1920; a PDF's page is a slide's 13.33 in, its drawing scaled onto it)")
    Integer widthOption;

    @Option(names = "--height", paramLabel = "H", description = "height in pixels (default 1080)")
    Integer heightOption;

    @Option(names = "--size", paramLabel = "PRESET",
            description = "what the export is for, instead of --width and --height: slide (1920 x 1080, 12 pt text), slide-4k, slide-4-3, "
                    + "column (a paper's column: 3.5 in at 300 dpi, 8 pt text) or full (7 in at 300 dpi, 9 pt); a PDF gets the real page width")
    String size;

    int width;
    int height;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "S",
            description = "PNG pixel density, 1 to 4: the image is W*S by H*S pixels (default ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "THEME", description = "light, dark or high-contrast (default ${DEFAULT-VALUE})")
    String theme;

    @Option(names = "--law", paramLabel = "ID", description = "add a published law from the library (see the laws command) as an algorithm on "
            + "its own loss scale; repeatable")
    List<String> laws = new ArrayList<>();

    @Option(names = "--end-labels", description = "name each line (and each band of the attribution) at its right end, beside the plot, instead of in the legend")
    boolean endLabels;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        OutputSize preset = size == null ? null : OutputSize.parse(size);
        if (preset != null && (widthOption != null || heightOption != null)) {
            throw new IllegalArgumentException("give --size or --width and --height, not both");
        }
        width = preset != null ? preset.width() : widthOption == null ? 1920 : widthOption;
        height = preset != null ? preset.height() : heightOption == null ? 1080 : heightOption;
        outputSize = preset;
        if (CURVE_CHARTS.contains(chart.trim().toLowerCase(Locale.ROOT))) return curveChart(chart.trim().toLowerCase(Locale.ROOT));
        if (!curveOptions.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s) " + curveOptions + " for --chart " + chart + "; see export --help");
        }
        Figures.Kind kind = Figures.Kind.parse(chart);
        Sweep playback = sweep == null ? null : sweep();
        ChartExport.Format format = playback == null ? ChartExport.Format.of(out) : ChartExport.Format.PNG;
        // text sized for the output: the preset's points at its resolution, or 24-pixel labels on a 1920 x 1080 image
        ChartStyle style = (outputSize != null ? outputSize.style(ChartStyle.ofTheme(theme)) : ChartStyle.ofTheme(theme).forOutput(width, height))
                .withEndLabels(endLabels);
        Check.compute("--compute", compute);
        if (year != null) Check.year("--year", year);
        Check.count("--width", width, ChartExport.MIN_SIDE, ChartExport.MAX_PIXELS);
        Check.count("--height", height, ChartExport.MIN_SIDE, ChartExport.MAX_PIXELS);
        Check.number("--scale", scale, 1, 4, "");
        Anchor.parse(anchor);
        Attribution.Mode.parse(mode);
        if (out.toAbsolutePath().getParent() != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
            throw new IllegalArgumentException("no directory " + out.toAbsolutePath().getParent() + " to write " + out.getFileName() + " in");
        }
        Dataset d = DatasetOptions.withLaws(dataset == null ? BundledDatasets.paper() : DatasetReader.read(dataset), laws);
        if (reference != null) d.algorithm(reference);
        Attribution.Mode m = Attribution.Mode.parse(mode);
        // as the window links them: the year (2025 unless given) sets the compute in frontier mode, and an explicit
        // compute sets the year there; in fixed mode, or without a trend, the compute is 1e22 FLOP unless given
        double y = year == null ? 2025 : year;
        double c = compute != null ? compute : 1e22;
        boolean frontier = m == Attribution.Mode.FRONTIER && d.trend().isPresent();
        if (frontier && compute == null) c = d.requireTrend().compute(y);
        if (frontier && compute != null) {
            y = Math.max(AttributionFigure.FROM, Math.min(AttributionFigure.TO, d.requireTrend().year(compute)));
        }
        FigureState s = FigureState.of(d).withAnchor(Anchor.parse(anchor)).withMode(m).withYear(y).withCompute(c);
        if (reference != null) s = s.withReference(reference).withFramesReference(reference);
        if (playback != null) return writeSweep(playback, kind, s, style);
        ChartFiles.write(Figures.drawing(kind, s, Figures.View.full(), style, !noSource), style, out, width, height, scale,
                outputSize != null ? outputSize.pageWidthPoints() : ChartExport.SLIDE_WIDTH_PT);
        double density = format == ChartExport.Format.PNG ? scale : 1;
        spec.commandLine().getOut().println("wrote " + Printable.escape(out.toString()) + " (" + kind.id() + ", " + format.name().toLowerCase(Locale.ROOT) + ", "
                + Math.round(width * density) + " x " + Math.round(height * density) + ")");
        return Cli.OK;
    }

    /** The sweep the options ask for, checked: what moves, from and to where, how long, into a .gif. */
    private Sweep sweep() {
        String what = sweep.trim().toLowerCase(Locale.ROOT);
        if (!what.equals("years") && !what.equals("compute")) throw new IllegalArgumentException("--sweep must be years or compute, got " + sweep);
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif")) {
            throw new IllegalArgumentException("--sweep writes an animated GIF: --out must name a .gif file, got " + out.getFileName());
        }
        Check.number("--seconds", seconds, 1, 60, " s");
        Check.number("--fps", fps, 1, 30, "");
        boolean years = what.equals("years");
        double from = years ? Check.year("--from", sweepFrom == null ? 2012 : parse("--from", sweepFrom)) : log10("--from", sweepFrom, 1e16);
        double to = years ? Check.year("--to", sweepTo == null ? 2025 : parse("--to", sweepTo)) : log10("--to", sweepTo, 1e26);
        if (from == to) throw new IllegalArgumentException("--from and --to are the same: nothing would move");
        return new Sweep(years ? Sweep.Target.YEAR : Sweep.Target.COMPUTE, from, to, seconds);
    }

    private static double parse(String option, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a year, got " + text);
        }
    }

    private static double log10(String option, String text, double otherwise) {
        double c = text == null ? otherwise : new Cli.ComputeConverter().convert(text);
        return Math.log10(Check.compute(option, c));
    }

    /** Every frame drawn from the figure with its value put in, labelled, encoded a few at a time into one GIF. */
    private int writeSweep(Sweep playback, Figures.Kind kind, FigureState s, ChartStyle style) throws IOException {
        double[] values = playback.frameValues(fps);
        List<ChartExport.Drawing> frames = new ArrayList<>();
        for (double v : values) frames.add(Sweep.labelled(Figures.drawing(kind, playback.at(s, v), Figures.View.full(), style, !noSource), playback.label(v), style));
        AtomicFiles.write(out, os -> Gif.write(frames.size(), i -> ChartExport.png(frames.get(i), style.background(), width, height, scale), fps,
                Sweep.HOLD_LAST, os, null, null));
        spec.commandLine().getOut().println("wrote " + Printable.escape(out.toString()) + " (" + kind.id() + ", gif, " + frames.size() + " frames from "
                + playback.label(values[0]) + " to " + playback.label(values[values.length - 1]) + ", " + Math.round(width * scale) + " x "
                + Math.round(height * scale) + ")");
        return Cli.OK;
    }

    static final Set<String> CURVE_CHARTS = Set.of("curves", "scale-dependence", "ablation");

    /**
     * A chart from training curves: the curves or ablation command draws it, with this command's size, theme and
     * file; its report is not printed.
     */
    private int curveChart(String which) throws Exception {
        ChartExport.Format.of(out);
        Check.count("--width", width, ChartExport.MIN_SIDE, ChartExport.MAX_PIXELS);
        Check.count("--height", height, ChartExport.MIN_SIDE, ChartExport.MAX_PIXELS);
        Check.number("--scale", scale, 1, 4, "");
        if (compute != null) {
            throw new IllegalArgumentException("--compute is the compute cursor of the other charts; name the compute column of the curves with --compute-column");
        }
        List<String> args = new ArrayList<>(curveOptions);
        args.addAll(List.of(which.equals("scale-dependence") ? "--ceg-chart" : "--chart", out.toString(), "--theme", theme));
        if (which.equals("scale-dependence") && !args.contains("--compare")) {
            throw new IllegalArgumentException("--chart scale-dependence needs --compare ID: the algorithm the CEG is measured over");
        }
        Object command = which.equals("ablation") ? new AblationCommand() : new CurvesCommand();
        ChartFiles.Size size = new ChartFiles.Size(width, height, scale);
        if (command instanceof AblationCommand a) a.size = size;
        if (command instanceof CurvesCommand c) c.size = size;
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(Writer.nullWriter()));
        cl.setErr(new PrintWriter(Writer.nullWriter()));
        try {
            cl.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException("--chart " + which + ": " + e.getMessage());
        }
        ((Callable<?>) command).call();
        double density = ChartExport.Format.of(out) == ChartExport.Format.PNG ? scale : 1;
        spec.commandLine().getOut().println("wrote " + Printable.escape(out.toString()) + " (" + which + ", " + ChartExport.Format.of(out).name().toLowerCase(Locale.ROOT)
                + ", " + Math.round(width * density) + " x " + Math.round(height * density) + ")");
        return Cli.OK;
    }
}
