package org.scalingexplorer.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.scalingexplorer.io.report.AnalysisReports;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Sensitivity;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Which input moves the headline: the frontier total and scale-dependent share at each year, with every law's "
                + "prefactor and exponent, every constant multiplier and the trend's growth moved down and up by --delta, "
                + "sorted by effect; with --workspace, first the 95%% interval over the bootstrap of its fitted laws.")
public final class SensitivityCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", split = ",", defaultValue = "2023,2025", paramLabel = "Y", description = "years (default ${DEFAULT-VALUE})")
    List<Double> years;

    @Option(names = "--delta", defaultValue = "0.1", paramLabel = "D", description = "relative change down and up (default ${DEFAULT-VALUE})")
    double delta;

    @Override
    public Integer call() throws Exception {
        Check.number("--delta", delta, 0.001, 0.9, "");
        Check.count("--year (how many)", years.size(), 1, 20);
        for (double y : years) Check.year("--year", y);
        Dataset d = options.load();
        d.requireTrend();
        Set<String> excluded = options.excluded();
        options.print(spec.commandLine().getOut(), AnalysisReports.sensitivity(d, excluded, options.uncertainty(),
                years.stream().map(y -> Sensitivity.of(d, excluded, y, delta)).toList()));
        return Cli.OK;
    }
}
