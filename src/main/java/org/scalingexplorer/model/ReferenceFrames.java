package org.scalingexplorer.model;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * The frontier sequence seen from a reference algorithm. In year Y the frontier model trains with C(Y) and
 * embodies every innovation active in Y; its CEG against the reference is the product of the multipliers of the
 * active innovations the reference does not embody, scale-dependent ones evaluated at C(Y).
 */
public final class ReferenceFrames {
    /** Step for the numerical derivative of ln CEG in years. */
    private static final double H = 1e-4;

    public record Point(double year, double compute, OptionalDouble ceg, OptionalDouble annualGrowth) {
    }

    private final Dataset dataset;
    private final Multipliers multipliers;
    private final Set<String> excluded;

    public ReferenceFrames(Dataset dataset) {
        this(dataset, Set.of());
    }

    /** @param excluded innovations switched off: the frontier is not credited with them */
    public ReferenceFrames(Dataset dataset, Set<String> excluded) {
        this.dataset = dataset;
        this.multipliers = new Multipliers(dataset);
        this.excluded = Set.copyOf(excluded);
    }

    public Point frontier(String referenceId, double year) {
        Algorithm reference = dataset.algorithm(referenceId);
        ComputeTrend trend = dataset.requireTrend();
        double compute = trend.compute(year);
        OptionalDouble ln = lnCeg(reference, year, compute);
        if (ln.isEmpty()) return new Point(year, compute, OptionalDouble.empty(), OptionalDouble.empty());
        // d ln(CEG)/d year with the set of active innovations held at year Y: the continuous growth between
        // the jumps that new innovations add
        OptionalDouble up = lnCeg(reference, year, trend.compute(year + H));
        OptionalDouble down = lnCeg(reference, year, trend.compute(year - H));
        OptionalDouble growth = up.isPresent() && down.isPresent()
                ? OptionalDouble.of((up.getAsDouble() - down.getAsDouble()) / (2 * H))
                : OptionalDouble.empty();
        return new Point(year, compute, OptionalDouble.of(Math.exp(ln.getAsDouble())), growth);
    }

    /** ln of the CEG at compute C of the innovations active at {@code year} that the reference lacks. */
    private OptionalDouble lnCeg(Algorithm reference, double year, double compute) {
        double sum = 0;
        for (Innovation i : dataset.innovations()) {
            if (year < i.year() || excluded.contains(i.id()) || reference.embodies().contains(i.id())) continue;
            OptionalDouble m = multipliers.at(i, compute);
            if (m.isEmpty()) return OptionalDouble.empty();
            sum += Math.log(m.getAsDouble());
        }
        return OptionalDouble.of(sum);
    }
}
