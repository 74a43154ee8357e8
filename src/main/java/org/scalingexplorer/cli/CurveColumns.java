package org.scalingexplorer.cli;

import org.scalingexplorer.io.CurvesReader;
import picocli.CommandLine.Option;

/** Which loss and which compute column of a training curve to use: shared by the commands that read curves. */
final class CurveColumns {
    @Option(names = "--loss", defaultValue = "validation", paramLabel = "WHICH", description = "validation or training (default ${DEFAULT-VALUE})")
    String loss;

    @Option(names = "--compute", defaultValue = "profiler", paramLabel = "WHICH", description = "profiler or theoretical FLOPs (default ${DEFAULT-VALUE})")
    String compute;

    CurvesReader.LossColumn loss() {
        return CurvesReader.LossColumn.parse(loss);
    }

    CurvesReader.ComputeColumn compute() {
        return CurvesReader.ComputeColumn.parse(compute);
    }
}
