package org.scalingexplorer.io.runs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scalingexplorer.model.Numbers;

/**
 * Which columns of a training curve's CSV hold the step, the loss and the compute: the paper's layout, presets for
 * Weights &amp; Biases and TensorBoard CSV exports, or names the user gives. A column is named by one or more
 * alternatives separated by {@code |}, the first present winning; a header matches a name exactly, then ignoring
 * case, then as W&amp;B's panel exports write it ({@code "<run> - val/loss"}). Without a compute column (TensorBoard
 * exports have none) the compute is the step times {@code flopsPerStep}.
 *
 * @param preset       the preset it started from, for reports: paper, wandb, tensorboard or custom
 * @param flopsPerStep FLOPs one step costs, used when no compute column is found; NaN when not given
 */
public record CurveLayout(String preset, String step, String loss, String compute, double flopsPerStep) {
    public static final List<String> PRESETS = List.of("paper", "wandb", "tensorboard");

    public CurveLayout {
        if (step == null || step.isBlank()) throw new IllegalArgumentException("a curve layout needs a step column");
        if (loss == null || loss.isBlank()) throw new IllegalArgumentException("a curve layout needs a loss column");
        compute = compute == null ? "" : compute;
        if (!Double.isNaN(flopsPerStep) && !(flopsPerStep > 0 && Double.isFinite(flopsPerStep))) {
            throw new IllegalArgumentException("--flops-per-step must be a number above 0, got " + flopsPerStep);
        }
    }

    /** The paper's repository: {@code step, training_loss, validation_loss, total_flops_profiler, theoretical_flops, tokens}. */
    public static CurveLayout paper(CurvesReader.LossColumn loss, CurvesReader.ComputeColumn compute) {
        return new CurveLayout("paper", "step", loss.header, compute.header, Double.NaN);
    }

    /**
     * A preset by name. W&amp;B: a run's history ({@code _step}, {@code val/loss}, ...) or a panel's export
     * ({@code Step}, {@code "<run> - val/loss"}), compute from a logged FLOPs column or the step. TensorBoard: the
     * scalar dashboard's export ({@code Wall time, Step, Value}), compute from the step.
     */
    public static CurveLayout preset(String name, CurvesReader.LossColumn loss, CurvesReader.ComputeColumn compute) {
        boolean validation = loss == CurvesReader.LossColumn.VALIDATION;
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "paper" -> paper(loss, compute);
            case "wandb", "w&b" -> new CurveLayout("wandb", "_step|Step|step",
                    validation ? "val/loss|val_loss|eval/loss|validation_loss" : "train/loss|train_loss|loss|training_loss",
                    "flops|total_flops|train/flops|compute", Double.NaN);
            case "tensorboard" -> new CurveLayout("tensorboard", "Step", "Value", "", Double.NaN);
            default -> throw new IllegalArgumentException("--preset must be one of " + PRESETS + ", got '" + name + "'");
        };
    }

    /** This layout with the columns given (null keeps a column) and the FLOPs per step (NaN keeps it). */
    public CurveLayout with(String stepColumn, String lossColumn, String computeColumn, double perStep) {
        boolean changed = stepColumn != null || lossColumn != null || computeColumn != null;
        return new CurveLayout(changed ? "custom" : preset, stepColumn != null ? stepColumn : step, lossColumn != null ? lossColumn : loss,
                computeColumn != null ? computeColumn : compute, Double.isNaN(perStep) ? flopsPerStep : perStep);
    }

    /** The loss column's name for labels: its first alternative. */
    public String lossText() {
        return loss.split("\\|")[0].trim();
    }

    /** The columns in words, for provenance: "validation_loss vs total_flops_profiler (paper layout)". */
    public String describe() {
        return lossText() + " vs " + computeText() + " (" + preset + " layout)";
    }

    /** Where the compute comes from, in words: the column, or the step times the FLOPs per step. */
    public String computeText() {
        String fromStep = Double.isNaN(flopsPerStep) ? "" : "step x " + Numbers.format(flopsPerStep) + " FLOP";
        if (compute.isEmpty()) return fromStep.isEmpty() ? "(no compute column: give the FLOPs per step)" : fromStep;
        return fromStep.isEmpty() ? compute : compute + ", else " + fromStep;
    }

    /** The columns of a header that this layout reads; a column is -1 when absent. */
    record Columns(int step, int loss, int compute) {
    }

    Columns locate(Map<String, Integer> header) {
        return new Columns(find(header, step), find(header, loss), compute.isEmpty() ? -1 : find(header, compute));
    }

    /** Whether the compute can be had from a header with these columns. */
    boolean computable(Columns c) {
        return c.compute() >= 0 || (!Double.isNaN(flopsPerStep) && c.step() >= 0);
    }

    /** What a header must hold, for the message when it does not. */
    String expected() {
        List<String> need = new ArrayList<>(List.of(step, loss));
        if (!compute.isEmpty()) need.add(compute + (Double.isNaN(flopsPerStep) ? "" : " (or the FLOPs per step)"));
        return String.join(", ", need.stream().map(n -> n.replace("|", " or ")).toList());
    }

    /** The column of the first of {@code names} ({@code |}-separated) the header has, exactly, then ignoring case; -1 when none. */
    static int find(Map<String, Integer> header, String names) {
        List<String> alternatives = Arrays.stream(names.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String n : alternatives) if (header.containsKey(n)) return header.get(n);
        for (String n : alternatives) {
            for (var e : header.entrySet()) if (e.getKey() != null && e.getKey().trim().equalsIgnoreCase(n)) return e.getValue();
        }
        for (String n : alternatives) {
            for (var e : header.entrySet()) if (e.getKey() != null && e.getKey().endsWith(" - " + n)) return e.getValue();
        }
        return -1;
    }
}
