package org.scalingexplorer.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.scalingexplorer.io.report.CegReports;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Dataset;

@Command(name = "ceg", mixinStandardHelpOptions = true,
        description = "Each algorithm's loss, matched compute and CEG against a reference at one compute.")
final class CegCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--compute", required = true, converter = Cli.ComputeConverter.class, paramLabel = "C",
            description = "training compute: 1e22, 3x10^24, 250 PF-days")
    double compute;

    @Option(names = "--reference", required = true, paramLabel = "ID", description = "id of the reference algorithm")
    String reference;

    @Option(names = "--anchor", defaultValue = "reference", paramLabel = "ANCHOR",
            description = "reference (the reference trains with C) or candidate (each candidate trains with C); default ${DEFAULT-VALUE}")
    String anchor;

    @Override
    public Integer call() throws Exception {
        Check.compute("--compute", compute);
        Anchor.parse(anchor);
        Dataset d = options.load();
        options.print(spec.commandLine().getOut(), CegReports.ceg(d, reference, Anchor.parse(anchor), compute, options.uncertainty()));
        return Cli.OK;
    }
}
