package org.scalingexplorer.model.fit;

import java.util.Arrays;

/**
 * One training run's curve: the loss at each logged step against the compute spent so far, as read from its file.
 *
 * @param algorithm the algorithm the run belongs to (its folder, or a name pattern's group)
 * @param size      the model size parsed from the file name (e.g. 128 from {@code 128_modern_40.csv}); 0 when none
 * @param seed      the seed parsed from the name's trailing {@code _<digits>}; -1 when none
 * @param compute   cumulative FLOPs at each kept row, positive and finite
 * @param loss      the loss at each kept row, positive and finite
 */
public record Curve(String file, String algorithm, int size, long seed, double[] compute, double[] loss) {
    public Curve {
        if (compute.length != loss.length) throw new IllegalArgumentException("compute and loss differ in length");
        compute = compute.clone();
        loss = loss.clone();
    }

    public int points() {
        return compute.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Curve c && file.equals(c.file) && algorithm.equals(c.algorithm) && size == c.size && seed == c.seed
                && Arrays.equals(compute, c.compute) && Arrays.equals(loss, c.loss);
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Arrays.hashCode(loss);
    }
}
