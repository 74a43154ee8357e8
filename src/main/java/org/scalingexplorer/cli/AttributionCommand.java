package org.scalingexplorer.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.scalingexplorer.io.report.Reports;
import org.scalingexplorer.model.Attribution;
import org.scalingexplorer.model.Dataset;

@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Per year: each active innovation's multiplier, the total gain and the scale-dependent log share; with "
                + "--workspace, the 95%% intervals of the total and the share over the bootstrap of its fitted laws.")
final class AttributionCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--mode", defaultValue = "frontier", description = "frontier (compute follows the trend) or fixed; default ${DEFAULT-VALUE}")
    String mode;

    @Option(names = "--compute", converter = Cli.ComputeConverter.class, paramLabel = "C", description = "the compute for --mode fixed")
    Double compute;

    @Option(names = "--from", defaultValue = "2012", description = "first year (default ${DEFAULT-VALUE})")
    double from;

    @Option(names = "--to", defaultValue = "2025", description = "last year (default ${DEFAULT-VALUE})")
    double to;

    @Option(names = "--step", defaultValue = "1", description = "years between rows (default ${DEFAULT-VALUE})")
    double step;

    @Override
    public Integer call() throws Exception {
        Attribution.Mode m = Attribution.Mode.parse(mode);
        Check.compute("--compute", compute);
        Check.number("--step", step, 0.01, 100, " years");
        Check.years("--from", from, "--to", to, step);
        if (m == Attribution.Mode.FIXED && compute == null) {
            throw new IllegalArgumentException("--mode fixed needs --compute, e.g. --compute 1e22");
        }
        Dataset d = options.load();
        if (m == Attribution.Mode.FRONTIER) d.requireTrend();
        options.print(spec.commandLine().getOut(), Reports.attribution(d, options.excluded(), options.uncertainty(), m,
                compute == null ? Double.NaN : compute, from, to, step));
        return Cli.OK;
    }
}
