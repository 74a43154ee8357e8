package org.scalingexplorer.model.fit;

import java.util.Arrays;

import org.scalingexplorer.model.Names;

/**
 * One training run's curve: the loss at each logged step against the compute spent so far, as read from its file.
 *
 * @param algorithm the algorithm the run belongs to (its folder, or a name pattern's group)
 * @param size      the model size parsed from the file name (e.g. 128 from {@code 128_modern_40.csv}); 0 when none
 * @param seed      the seed parsed from the name's trailing {@code _<digits>}; -1 when none
 * @param compute   cumulative FLOPs at each kept row, positive and finite, never falling
 * @param loss      the loss at each kept row, positive and finite
 * @param steps     the step logged at each kept row; NaN where the file gives none
 */
public record Curve(String file, String algorithm, int size, long seed, double[] compute, double[] loss, double[] steps) {
    public Curve {
        algorithm = Names.visible(algorithm);
        if (compute.length != loss.length || steps.length != loss.length) throw new IllegalArgumentException("compute, loss and steps differ in length");
        compute = compute.clone();
        loss = loss.clone();
        steps = steps.clone();
    }

    /** A curve whose steps are not known. */
    public Curve(String file, String algorithm, int size, long seed, double[] compute, double[] loss) {
        this(file, algorithm, size, seed, compute, loss, nan(loss.length));
    }

    private static double[] nan(int n) {
        double[] s = new double[n];
        Arrays.fill(s, Double.NaN);
        return s;
    }

    public int points() {
        return compute.length;
    }

    /** The last step logged; NaN when steps are not known. */
    public double lastStep() {
        return steps.length == 0 ? Double.NaN : steps[steps.length - 1];
    }

    /** FLOPs per step at the last row; NaN when steps are not known. */
    public double flopsPerStep() {
        double s = lastStep();
        return s > 0 ? compute[compute.length - 1] / s : Double.NaN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Curve c && file.equals(c.file) && algorithm.equals(c.algorithm) && size == c.size && seed == c.seed
                && Arrays.equals(compute, c.compute) && Arrays.equals(loss, c.loss) && Arrays.equals(steps, c.steps);
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Arrays.hashCode(loss);
    }
}
