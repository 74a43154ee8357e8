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
 * @param parameters     the model's parameter count N; NaN when the file does not give it
 * @param parametersFrom where N came from ("the params column", "theoretical FLOPs / (6 x tokens)"); empty when unknown
 */
public record Curve(String file, String algorithm, int size, long seed, double[] compute, double[] loss, double[] steps, double parameters,
                    String parametersFrom) {
    public Curve {
        algorithm = Names.visible(algorithm);
        parametersFrom = parametersFrom == null || !(parameters > 0) ? "" : parametersFrom;
        if (!(parameters > 0) || Double.isInfinite(parameters)) parameters = Double.NaN;
        if (compute.length != loss.length || steps.length != loss.length) throw new IllegalArgumentException("compute, loss and steps differ in length");
        compute = compute.clone();
        loss = loss.clone();
        steps = steps.clone();
    }

    /** A curve whose parameter count is not known. */
    public Curve(String file, String algorithm, int size, long seed, double[] compute, double[] loss, double[] steps) {
        this(file, algorithm, size, seed, compute, loss, steps, Double.NaN, "");
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

    /** The same run with its parameter count, and where it came from. */
    public Curve withParameters(double n, String from) {
        return new Curve(file, algorithm, size, seed, compute, loss, steps, n, from);
    }

    /** The loss at {@code c} FLOP, interpolated in log compute between the two logged rows around it; NaN outside what was logged. */
    public double lossAt(double c) {
        if (!(c >= compute[0] && c <= compute[compute.length - 1])) return Double.NaN;
        int i = Arrays.binarySearch(compute, c);
        if (i >= 0) return loss[i];
        int hi = -i - 1;
        int lo = hi - 1;
        double t = Math.log(c / compute[lo]) / Math.log(compute[hi] / compute[lo]);
        return Math.exp(Math.log(loss[lo]) + t * (Math.log(loss[hi]) - Math.log(loss[lo])));
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
                && Arrays.equals(compute, c.compute) && Arrays.equals(loss, c.loss) && Arrays.equals(steps, c.steps)
                && Double.compare(parameters, c.parameters) == 0;
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Arrays.hashCode(loss);
    }
}
