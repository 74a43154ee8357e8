package org.scalingexplorer.cli;

import picocli.CommandLine.Option;

import org.scalingexplorer.io.runs.CurveLayout;
import org.scalingexplorer.io.runs.CurvesReader;

/** Which columns of a training curve to read (a preset, then any column named): shared by the commands that read curves. */
final class CurveColumns {
    @Option(names = "--loss", defaultValue = "validation", paramLabel = "WHICH", description = "validation or training (default ${DEFAULT-VALUE})")
    String loss;

    @Option(names = "--compute", defaultValue = "profiler", paramLabel = "WHICH",
            description = "profiler or theoretical FLOPs, the paper's two compute columns (default ${DEFAULT-VALUE})")
    String compute;

    @Option(names = "--preset", defaultValue = "paper", paramLabel = "LAYOUT",
            description = "the files' columns: paper (step, validation_loss, total_flops_profiler, ...), wandb (a W&B history or panel export: "
                    + "_step or Step, val/loss, a flops column) or tensorboard (Wall time, Step, Value); default ${DEFAULT-VALUE}")
    String preset;

    @Option(names = "--step-column", paramLabel = "NAME", description = "the step column (alternatives separated by |)")
    String stepColumn;

    @Option(names = "--loss-column", paramLabel = "NAME", description = "the loss column, overriding --loss (alternatives separated by |)")
    String lossColumn;

    @Option(names = "--compute-column", paramLabel = "NAME", description = "the cumulative FLOPs column, overriding --compute (alternatives separated by |)")
    String computeColumn;

    @Option(names = "--flops-per-step", paramLabel = "FLOP",
            description = "FLOPs one step costs: the compute is the step times this where a file has no compute column (TensorBoard exports)")
    Double flopsPerStep;

    CurvesReader.LossColumn loss() {
        return CurvesReader.LossColumn.parse(loss);
    }

    CurvesReader.ComputeColumn compute() {
        return CurvesReader.ComputeColumn.parse(compute);
    }

    /** The layout the options give. */
    CurveLayout layout() {
        if (flopsPerStep != null) Check.number("--flops-per-step", flopsPerStep, 1, 1e30, " FLOP");
        return CurveLayout.preset(preset, loss(), compute()).with(stepColumn, lossColumn, computeColumn,
                flopsPerStep == null ? Double.NaN : flopsPerStep);
    }
}
