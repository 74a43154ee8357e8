package org.scalingexplorer.cli;

import java.nio.file.Path;

import org.scalingexplorer.io.BundledDatasets;
import org.scalingexplorer.io.DatasetReader;
import org.scalingexplorer.io.InputException;
import org.scalingexplorer.model.Dataset;
import picocli.CommandLine.Option;

/** Options every report command on a dataset shares: which dataset, and how to print. */
final class DatasetOptions extends FormatOption {
    @Option(names = "--dataset", paramLabel = "FILE", description = "dataset file (default: the bundled paper dataset)")
    Path dataset;

    Dataset load() throws InputException {
        return dataset == null ? BundledDatasets.paper() : DatasetReader.read(dataset);
    }
}
