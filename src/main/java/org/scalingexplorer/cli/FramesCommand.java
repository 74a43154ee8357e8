package org.scalingexplorer.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.scalingexplorer.io.report.Reports;
import org.scalingexplorer.model.Dataset;

@Command(name = "frames", mixinStandardHelpOptions = true,
        description = "The frontier sequence's CEG against a reference algorithm per year, with its annual growth d ln(CEG)/d year.")
final class FramesCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--reference", required = true, paramLabel = "ID", description = "id of the reference algorithm")
    String reference;

    @Option(names = "--from", defaultValue = "2017", description = "first year (default ${DEFAULT-VALUE})")
    double from;

    @Option(names = "--to", defaultValue = "2028", description = "last year (default ${DEFAULT-VALUE})")
    double to;

    @Override
    public Integer call() throws Exception {
        Check.years("--from", from, "--to", to, 1);
        Dataset d = options.load();
        d.requireTrend();
        options.print(spec.commandLine().getOut(), Reports.frames(d, reference, from, to));
        return Cli.OK;
    }
}
