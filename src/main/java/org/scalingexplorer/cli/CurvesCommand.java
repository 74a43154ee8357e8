package org.scalingexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.scalingexplorer.figure.BacktestFigure;
import org.scalingexplorer.figure.CurvesFigure;
import org.scalingexplorer.figure.IsoFlopFigure;
import org.scalingexplorer.figure.ScaleDependenceFigure;
import org.scalingexplorer.io.report.BacktestReports;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.report.CurveReports;
import org.scalingexplorer.io.report.IsoFlopReports;
import org.scalingexplorer.io.runs.CurveLayout;
import org.scalingexplorer.io.runs.CurvesReader;
import org.scalingexplorer.io.runs.NamePattern;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.fit.Backtest;
import org.scalingexplorer.model.fit.Bootstrap;
import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.model.fit.Frontier;
import org.scalingexplorer.model.fit.IsoFlop;
import org.scalingexplorer.model.fit.ScaleDependence;
import org.scalingexplorer.render.ChartData;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.LogChartRenderer;

@Command(name = "curves", mixinStandardHelpOptions = true,
        description = "Fits L = E + A C^alpha to the compute-efficient frontier of training curves (one CSV per run, one row per logged "
                + "step, the paper's columns), one algorithm per folder, as the paper fitted its laws; with a bootstrap over runs.")
final class CurvesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", required = true, arity = "1..*", paramLabel = "PATH", description = "CSV files or folders of them (read recursively)")
    List<Path> runs;

    @Option(names = "--group", paramLabel = "PATTERN",
            description = "group runs into algorithms by this pattern's first group on the file name, e.g. '^\\d+d?_([a-z]+)' (default: by folder)")
    String group;

    @Option(names = "--window", defaultValue = "1e16:5e17", paramLabel = "LO:HI", description = "compute window, FLOP (default ${DEFAULT-VALUE})")
    String window;

    @Option(names = "--e", paramLabel = "E", description = "the irreducible loss, held fixed (default 1.9, the paper's)")
    Double e;

    @Option(names = "--free-e", description = "fit E too (the saturating fit on the frontier)")
    boolean freeE;

    @Option(names = "--method", defaultValue = "envelope", paramLabel = "HOW",
            description = "envelope (every logged point, lower envelope) or final (each run's last point in the window); default ${DEFAULT-VALUE}")
    String method;

    @Option(names = "--compare", paramLabel = "ID",
            description = "measure every other algorithm against this one: the exponents' difference with its interval and whether the gain depends on scale")
    String compare;

    @Option(names = "--margin", paramLabel = "FACTOR",
            description = "with --compare: the equivalence margin, a factor per decade; a gain is called scale-invariant only when the whole 95%% "
                    + "interval of its growth per decade lies within 1/FACTOR to FACTOR (default 1.1)")
    Double margin;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "also draw the curves, the frontier points and the fitted laws to FILE.png, .svg or .pdf (1600 x 1000, light theme)")
    Path chart;

    @Option(names = "--ceg-chart", paramLabel = "FILE",
            description = "with --compare: draw each variant's CEG over the baseline against compute, with its bootstrap band, to FILE.png, .svg or .pdf")
    Path cegChart;

    @Option(names = "--backtest", converter = Cli.ComputeConverter.class, paramLabel = "C",
            description = "instead of the fits: fit each frontier on the window's points below C and predict its points above C, printing each "
                    + "prediction's error in loss and in compute against the decades it lies beyond the fit; with --chart, draws that error")
    Double backtest;

    @Option(names = "--backtest-sizes", paramLabel = "N", description = "instead of the fits: fit each frontier on the runs of size at most N "
            + "(parameters, or the size in the file names) and predict the frontier the larger runs reach beyond it")
    Double backtestSizes;

    @Option(names = "--isoflop", description = "instead of the fits: IsoFLOP profiles (Hoffmann et al.'s Approach 2): each run's loss at several "
            + "compute budgets, a parabola in log size per budget placing N_opt, and N_opt(C) = k C^a with a's bootstrap interval; with --chart, "
            + "draws the profiles")
    boolean isoflop;

    @Option(names = "--budgets", defaultValue = "8", paramLabel = "N", description = "with --isoflop: compute budgets, 3 to 100 (default ${DEFAULT-VALUE})")
    int budgets;

    @Option(names = "--algorithm", paramLabel = "ID", description = "with --isoflop: which algorithm's runs (needed when the runs give several)")
    String algorithm;

    @Option(names = "--nopt-chart", paramLabel = "FILE", description = "with --isoflop: draw N_opt against compute beside the library's allocation laws")
    Path noptChart;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "THEME", description = "the chart's theme: light, dark or high-contrast (default ${DEFAULT-VALUE})")
    String theme;

    @Mixin
    BootstrapOptions boot;

    @Mixin
    CurveColumns columns;

    @Mixin
    FormatOption output;

    /** How large the charts are drawn: {@code export} sets it. */
    ChartFiles.Size size = ChartFiles.Size.DEFAULT;

    @Override
    public Integer call() throws Exception {
        output.format();
        if (chart != null) ChartExport.Format.of(chart);
        if (cegChart != null) {
            ChartExport.Format.of(cegChart);
            if (compare == null) throw new IllegalArgumentException("--ceg-chart needs --compare ID: the baseline the CEG is measured over");
        }
        ChartStyle.ofTheme(theme);
        CurveLayout layout = columns.layout();
        Frontier.Method m = Frontier.Method.parse(method);
        int bootstrap = boot.resamples();
        long seed = boot.seed;
        if (freeE && e != null) throw new IllegalArgumentException("give --e or --free-e, not both");
        if (e != null) Check.number("--e", e, 0, 100, " nats");
        ComputeRange w = window(window);
        if (margin != null && compare == null) throw new IllegalArgumentException("--margin goes with --compare ID");
        double perDecade = margin == null ? ScaleDependence.DEFAULT_MARGIN : margin;
        if (!(perDecade > 1 && perDecade <= ScaleDependence.MAX_MARGIN)) {
            throw new IllegalArgumentException("--margin must be a factor per decade above 1 and at most 10, got " + perDecade);
        }
        NamePattern pattern = group == null ? null : NamePattern.compile(group, "--group");
        CurvesReader.Result read = CurvesReader.read(CurvesReader.plan(runs, pattern), layout, null, null);
        Frontier.Options o = new Frontier.Options(freeE ? Double.NaN : e == null ? Frontier.Options.PAPER_E : e, w, m);
        Map<String, List<Curve>> byAlgorithm = new LinkedHashMap<>();
        for (Curve c : read.curves()) byAlgorithm.computeIfAbsent(c.algorithm(), k -> new ArrayList<>()).add(c);
        if ((backtest != null ? 1 : 0) + (backtestSizes != null ? 1 : 0) + (isoflop ? 1 : 0) > 1) {
            throw new IllegalArgumentException("give one of --backtest, --backtest-sizes and --isoflop");
        }
        if (backtest != null || backtestSizes != null) return backtest(byAlgorithm, o, read);
        if (isoflop) return isoflop(byAlgorithm, read, bootstrap, seed);
        if (noptChart != null || algorithm != null) throw new IllegalArgumentException("--nopt-chart and --algorithm go with --isoflop");
        List<CurveReports.Fitted> fitted = new ArrayList<>();
        for (var entry : byAlgorithm.entrySet()) {
            Map<String, Integer> skipped = read.counts(entry.getKey());
            try {
                fitted.add(new CurveReports.Fitted(entry.getKey(), entry.getValue(),
                        Frontier.fit(entry.getValue(), o, bootstrap, seed, Bootstrap.DEFAULT_LEVEL), null, skipped));
            } catch (IllegalArgumentException ex) {
                fitted.add(new CurveReports.Fitted(entry.getKey(), entry.getValue(), null, ex.getMessage(), skipped));
            }
        }
        if (fitted.isEmpty()) throw new IllegalArgumentException(CurvesReader.nothingRead(runs, read));
        Map<String, ScaleDependence> comparisons = new LinkedHashMap<>();
        if (compare != null) {
            CurveReports.Fitted base = fitted.stream().filter(f -> f.algorithm().equals(compare)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("--compare " + compare + ": no such algorithm; the runs give " + byAlgorithm.keySet()));
            if (base.result() == null) throw new IllegalArgumentException("--compare " + compare + ": its frontier could not be fitted: " + base.failure());
            for (CurveReports.Fitted f : fitted) {
                if (f == base || f.result() == null) continue;
                comparisons.put(f.algorithm(), ScaleDependence.of(base.result(), f.result(), Bootstrap.DEFAULT_LEVEL, perDecade));
            }
        }
        output.print(spec.commandLine().getOut(), CurveReports.curves(fitted, read, o, layout.lossText(), layout.computeText(), bootstrap, compare, comparisons));
        if (chart != null) {
            Map<String, Frontier.Result> fits = new LinkedHashMap<>();
            for (CurveReports.Fitted f : fitted) if (f.result() != null) fits.put(f.algorithm(), f.result());
            ChartData.Plot plot = CurvesFigure.plot(byAlgorithm, fits, o, layout.lossText());
            ChartFiles.write(chart, theme, style -> LogChartRenderer.drawing(plot, style), spec.commandLine().getErr(), size);
        }
        if (cegChart != null && !comparisons.isEmpty()) {
            Map<String, Frontier.Result> variants = new LinkedHashMap<>();
            for (CurveReports.Fitted f : fitted) if (comparisons.containsKey(f.algorithm())) variants.put(f.algorithm(), f.result());
            Frontier.Result base = fitted.stream().filter(f -> f.algorithm().equals(compare)).findFirst().orElseThrow().result();
            ChartData.Plot plot = ScaleDependenceFigure.plot(compare, base, variants, comparisons,
                    Bootstrap.DEFAULT_LEVEL);
            ChartFiles.write(cegChart, theme, style -> LogChartRenderer.drawing(plot, style), spec.commandLine().getErr(), size);
        }
        return Cli.OK;
    }

    private int backtest(Map<String, List<Curve>> byAlgorithm, Frontier.Options o, CurvesReader.Result read) throws Exception {
        if (backtest != null) Check.compute("--backtest", backtest);
        else Check.number("--backtest-sizes", backtestSizes, 1, 1e15, "");
        if (byAlgorithm.isEmpty()) throw new IllegalArgumentException(CurvesReader.nothingRead(runs, read));
        List<Backtest> done = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (var entry : byAlgorithm.entrySet()) {
            try {
                done.add(backtest != null ? Backtest.run(entry.getKey(), entry.getValue(), o, backtest)
                        : Backtest.bySize(entry.getKey(), entry.getValue(), o, backtestSizes));
            } catch (IllegalArgumentException ex) {
                failures.put(entry.getKey(), ex.getMessage());
            }
        }
        if (done.isEmpty()) throw new IllegalArgumentException("--backtest: no algorithm could be backtested: " + String.join("; ", failures.values()));
        String split = backtest != null ? "below " + Numbers.format(backtest) + " FLOP" : Backtest.bySizeText(backtestSizes);
        output.print(spec.commandLine().getOut(), BacktestReports.backtest(backtest != null ? backtest : Double.NaN, split, done, failures));
        if (chart != null) {
            ChartData.Plot plot = BacktestFigure.plot(done);
            ChartFiles.write(chart, theme, style -> LogChartRenderer.drawing(plot, style), spec.commandLine().getErr(), size);
        }
        return Cli.OK;
    }

    private int isoflop(Map<String, List<Curve>> byAlgorithm, CurvesReader.Result read, int resamples, long seed) throws Exception {
        if (noptChart != null) ChartExport.Format.of(noptChart);
        Check.count("--budgets", budgets, IsoFlop.MIN_BUDGETS, 100);
        if (byAlgorithm.isEmpty()) throw new IllegalArgumentException(CurvesReader.nothingRead(runs, read));
        String id = algorithm != null ? algorithm : byAlgorithm.size() == 1 ? byAlgorithm.keySet().iterator().next() : null;
        if (id == null) throw new IllegalArgumentException("--isoflop: the runs give " + byAlgorithm.keySet() + "; choose one with --algorithm ID");
        List<Curve> curves = byAlgorithm.get(id);
        if (curves == null) throw new IllegalArgumentException("--algorithm " + id + ": no such algorithm; the runs give " + byAlgorithm.keySet());
        IsoFlop iso = IsoFlop.of(curves, budgets, resamples, seed);
        output.print(spec.commandLine().getOut(), IsoFlopReports.isoflop(id, iso));
        if (chart != null && !iso.budgets().isEmpty()) {
            ChartData.Plot plot = IsoFlopFigure.profiles(iso, id);
            ChartFiles.write(chart, theme, style -> LogChartRenderer.drawing(plot, style), spec.commandLine().getErr(), size);
        }
        if (noptChart != null && iso.exponent().isPresent()) {
            ChartData.Plot plot = IsoFlopFigure.optimal(iso, id, BundledDatasets.laws());
            ChartFiles.write(noptChart, theme, style -> LogChartRenderer.drawing(plot, style), spec.commandLine().getErr(), size);
        }
        return Cli.OK;
    }

    static ComputeRange window(String text) {
        String[] parts = text.split(":");
        if (parts.length != 2) throw new IllegalArgumentException("--window must be LO:HI in FLOP, e.g. 1e16:5e17, got '" + text + "'");
        double lo;
        double hi;
        try {
            lo = ComputeText.parse(parts[0].trim());
            hi = ComputeText.parse(parts[1].trim());
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("--window must be LO:HI in FLOP, e.g. 1e16:5e17: " + ex.getMessage());
        }
        if (!(lo < hi)) throw new IllegalArgumentException("--window must go from a lower to a higher compute, got '" + text + "'");
        return new ComputeRange(lo, hi);
    }
}
