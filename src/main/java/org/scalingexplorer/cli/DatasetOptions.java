package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.scalingexplorer.io.BundledDatasets;
import org.scalingexplorer.io.DatasetReader;
import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Report;
import org.scalingexplorer.model.Dataset;
import picocli.CommandLine.Option;

/** Options every report command shares: which dataset, and how to print. */
final class DatasetOptions {
    @Option(names = "--dataset", paramLabel = "FILE", description = "dataset file (default: the bundled paper dataset)")
    Path dataset;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv, json or markdown (default: ${DEFAULT-VALUE})")
    String format;

    Dataset load() throws InputException {
        return dataset == null ? BundledDatasets.paper() : DatasetReader.read(dataset);
    }

    void print(PrintWriter out, Report report) {
        out.print(report.render(Report.Format.parse(format)));
    }
}
