package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.scalingexplorer.io.report.Report;
import org.scalingexplorer.io.report.Reports;
import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Dataset;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"The pairwise CEG matrix at one compute and the transitivity defects CEG(A->B) CEG(B->C) / CEG(A->C).",
                "Text and Markdown print both tables; CSV prints the matrix; JSON holds both."})
final class MatrixCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--compute", required = true, converter = Cli.ComputeConverter.class, paramLabel = "C", description = "training compute")
    double compute;

    @Option(names = "--anchor", defaultValue = "reference", description = "reference or candidate; default ${DEFAULT-VALUE}")
    String anchor;

    @Override
    public Integer call() throws Exception {
        Check.compute("--compute", compute);
        Anchor a = Anchor.parse(anchor);
        Dataset d = options.load();
        PrintWriter out = spec.commandLine().getOut();
        Report.Format f = Report.Format.parse(options.format);
        out.print(Reports.matrix(d, a, compute).render(f));
        if (f == Report.Format.TEXT || f == Report.Format.MARKDOWN) {
            out.println();
            out.print(Reports.defects(d, a, compute).render(f));
        }
        return Cli.OK;
    }
}
