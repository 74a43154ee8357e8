package org.scalingexplorer.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.scalingexplorer.io.report.AnalysisReports;

@Command(name = "allocation", mixinStandardHelpOptions = true,
        description = "How each L(N, D) law splits compute between parameters N and tokens D (D = C / 6N): N, D, tokens per "
                + "parameter and loss under each allocation, and in JSON the iso-FLOP curve at C.")
public final class AllocationCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--compute", defaultValue = "1e22", converter = Cli.ComputeConverter.class, paramLabel = "C",
            description = "training compute (default ${DEFAULT-VALUE})")
    Double compute;

    @Override
    public Integer call() throws Exception {
        Check.compute("--compute", compute);
        options.print(spec.commandLine().getOut(), AnalysisReports.allocation(options.load(), compute));
        return Cli.OK;
    }
}
