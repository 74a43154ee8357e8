package org.scalingexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.scalingexplorer.figure.AblationFigure;
import org.scalingexplorer.io.report.CurveReports;
import org.scalingexplorer.io.runs.CurveLayout;
import org.scalingexplorer.io.runs.CurvesReader;
import org.scalingexplorer.io.runs.NamePattern;
import org.scalingexplorer.model.fit.Ablation;
import org.scalingexplorer.model.fit.Curve;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;

@Command(name = "ablation", mixinStandardHelpOptions = true,
        description = "An innovation's multiplier from ablation runs: at a loss both runs reach, the baseline's compute over the "
                + "variant's, seeds paired by the names' trailing _<digits>; variants named by their files without the seed.")
final class AblationCommand implements Callable<Integer> {
    /** A run's variant: its file name without the extension and a trailing _<seed>. */
    private static final NamePattern VARIANT = NamePattern.compile("^(.*?)(?:_\\d+)?$", "the variant pattern");

    @Spec
    CommandSpec spec;

    @Option(names = "--baseline", required = true, arity = "1..*", paramLabel = "FILE", description = "the baseline's runs (CSV files or folders)")
    List<Path> baseline;

    @Option(names = "--variant", required = true, arity = "1..*", paramLabel = "FILE", description = "the variants' runs (CSV files or folders)")
    List<Path> variants;

    @Option(names = "--target", defaultValue = "final", paramLabel = "LOSS",
            description = "the loss compared at, or final: the higher of each pair's final losses (default ${DEFAULT-VALUE})")
    String target;

    @Option(names = "--method", defaultValue = "interpolate", paramLabel = "HOW",
            description = "interpolate (in log compute around the first crossing) or nearest (the logged row closest to the target, the paper's rule); "
                    + "default ${DEFAULT-VALUE}")
    String method;

    @Option(names = "--chart", paramLabel = "FILE", description = "also draw the multipliers as bars to FILE.png, .svg or .pdf (1600 x 1000)")
    Path chart;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "THEME", description = "the chart's theme: light, dark or high-contrast (default ${DEFAULT-VALUE})")
    String theme;

    @Mixin
    CurveColumns columns;

    @Mixin
    FormatOption output;

    /** How large the charts are drawn: {@code export} sets it. */
    ChartFiles.Size size = ChartFiles.Size.DEFAULT;

    @Override
    public Integer call() throws Exception {
        output.format();
        if (chart != null) {
            ChartExport.Format.of(chart);
            ChartStyle.ofTheme(theme);
        }
        Ablation.Method m = Ablation.Method.parse(method);
        CurveLayout layout = columns.layout();
        double t = Double.NaN;
        if (!target.equalsIgnoreCase("final")) {
            try {
                t = Double.parseDouble(target);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--target must be a loss (e.g. 5.277) or final, got '" + target + "'");
            }
            Check.number("--target", t, 1e-6, 1e6, "");
        }
        CurvesReader.Result baseRead = CurvesReader.read(CurvesReader.plan(baseline, null), layout, null, null);
        List<Curve> base = baseRead.curves();
        if (base.isEmpty()) throw new IllegalArgumentException(CurvesReader.nothingRead(baseline, baseRead));
        CurvesReader.Plan variantPlan = withoutBaseline(CurvesReader.plan(variants, VARIANT), base);
        CurvesReader.Result variantRead = CurvesReader.read(variantPlan, layout, null, null);
        Map<String, List<Curve>> byVariant = new LinkedHashMap<>();
        for (Curve v : variantRead.curves()) byVariant.computeIfAbsent(v.algorithm(), k -> new ArrayList<>()).add(v);
        if (byVariant.isEmpty()) throw new IllegalArgumentException(CurvesReader.nothingRead(variants, variantRead));
        List<Ablation.Result> results = new ArrayList<>();
        for (var e : byVariant.entrySet()) results.add(Ablation.measure(e.getKey(), base, e.getValue(), t, m));
        Map<String, List<String>> skipped = new LinkedHashMap<>(baseRead.skippedByReason());
        variantRead.skippedByReason().forEach((k, v) -> skipped.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        output.print(spec.commandLine().getOut(), CurveReports.ablation(results, t, m.name().toLowerCase(Locale.ROOT), base.size(), skipped));
        if (chart != null) {
            String at = Double.isNaN(t) ? "the higher of each pair's final losses" : "loss " + t;
            ChartFiles.write(chart, theme, style -> AblationFigure.drawing(results, at, style), spec.commandLine().getErr(), size);
        }
        return Cli.OK;
    }

    /** The variants' plan without the baseline's own files (a folder of ablations often holds the baseline too). */
    static CurvesReader.Plan withoutBaseline(CurvesReader.Plan plan, List<Curve> base) {
        Set<Path> baseFiles = new HashSet<>();
        for (Curve c : base) baseFiles.add(real(Path.of(c.file())));
        List<CurvesReader.RunFile> kept = new ArrayList<>();
        List<CurvesReader.Skip> skipped = new ArrayList<>(plan.skipped());
        for (CurvesReader.RunFile f : plan.files()) {
            if (baseFiles.contains(real(f.path()))) skipped.add(new CurvesReader.Skip(f.path().toString(), "", "the baseline's own run: not measured against itself"));
            else kept.add(f);
        }
        return new CurvesReader.Plan(kept, skipped);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
