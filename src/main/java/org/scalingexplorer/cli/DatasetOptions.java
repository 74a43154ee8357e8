package org.scalingexplorer.cli;

import java.nio.file.Path;
import java.util.Set;

import picocli.CommandLine.Option;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.dataset.BundledDatasets;
import org.scalingexplorer.io.dataset.DatasetReader;
import org.scalingexplorer.io.workspace.WorkspaceFormat;
import org.scalingexplorer.model.Dataset;
import org.scalingexplorer.model.Workspace;
import org.scalingexplorer.model.fit.Uncertainty;

/**
 * Options every report command on a dataset shares: which dataset (a dataset file, or a workspace saved by the
 * window, whose fitted laws carry their bootstrap), and how to print.
 */
final class DatasetOptions extends FormatOption {
    @Option(names = "--dataset", paramLabel = "FILE", description = "dataset file (default: the bundled paper dataset)")
    Path dataset;

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "a workspace saved by the window: its dataset as edited, the innovations switched off there, and its fitted "
                    + "laws, whose bootstrap gives the total and the share 95%% intervals")
    Path workspace;

    private Workspace loaded;

    Dataset load() throws InputException {
        format();
        if (dataset != null && workspace != null) {
            throw new IllegalArgumentException("give --dataset or --workspace, not both (a workspace has its dataset in it)");
        }
        if (workspace != null) return workspace().dataset();
        return dataset == null ? BundledDatasets.paper() : DatasetReader.read(dataset);
    }

    /** The innovations switched off: those of the workspace, none otherwise. */
    Set<String> excluded() throws InputException {
        return workspace == null ? Set.of() : workspace().excluded();
    }

    /** The bootstrap of the workspace's active fits; none for a dataset file. */
    Uncertainty uncertainty() throws InputException {
        return workspace == null ? Uncertainty.none() : Uncertainty.ofFits(workspace().fits());
    }

    private Workspace workspace() throws InputException {
        if (loaded == null) loaded = WorkspaceFormat.read(workspace);
        return loaded;
    }
}
