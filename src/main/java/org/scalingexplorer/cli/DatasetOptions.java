package org.scalingexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--law", paramLabel = "ID", description = "add a published law from the library (see the laws command) as an algorithm on "
            + "its own loss scale; repeatable")
    List<String> laws = new ArrayList<>();

    private Workspace loaded;

    Dataset load() throws InputException {
        format();
        if (dataset != null && workspace != null) {
            throw new IllegalArgumentException("give --dataset or --workspace, not both (a workspace has its dataset in it)");
        }
        Dataset d = workspace != null ? workspace().dataset() : dataset == null ? BundledDatasets.paper() : DatasetReader.read(dataset);
        return withLaws(d, laws);
    }

    /** {@code d} with each published law of {@code ids} added on its own loss scale; an unknown or undrawable one is refused. */
    static Dataset withLaws(Dataset d, List<String> ids) {
        Dataset out = d;
        for (String id : ids) {
            try {
                out = BundledDatasets.laws().addTo(out, id.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--law " + e.getMessage());
            }
        }
        return out;
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
