package org.scalingexplorer.model;

/**
 * One observed training run. {@code params} and {@code tokens} are {@code NaN} when the source does not give
 * them; use {@link #hasSplit()} before reading them.
 */
public record Run(double compute, double loss, double params, double tokens) {
    public Run {
        if (!(compute > 0) || Double.isInfinite(compute)) throw new IllegalArgumentException("compute must be > 0, got " + compute);
        if (!(loss > 0) || Double.isInfinite(loss)) throw new IllegalArgumentException("loss must be > 0, got " + loss);
    }

    public Run(double compute, double loss) {
        this(compute, loss, Double.NaN, Double.NaN);
    }

    public boolean hasSplit() {
        return params > 0 && tokens > 0;
    }
}
