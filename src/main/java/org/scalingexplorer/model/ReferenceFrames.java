package org.scalingexplorer.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * The frontier sequence seen from a reference algorithm. In year Y the frontier model trains with C(Y) and
 * embodies every innovation active in Y; its CEG against the reference is the product of the multipliers of the
 * active innovations the reference does not embody, divided by those of the innovations the reference embodies that
 * are not active yet, scale-dependent ones evaluated at C(Y). (Before 2017 the frontier is an LSTM, so against a
 * Transformer reference its CEG is below 1.)
 *
 * <p>A reference that declares no embodied innovations (a what-if law, a law fitted from runs) is placed through
 * the <em>baseline</em>, the first algorithm that declares none (the LSTM, where the sequence starts): the
 * frontier's CEG against the baseline divided by the reference's own CEG against the baseline at C(Y). The baseline
 * itself is placed directly, so both routes agree on it.
 */
public final class ReferenceFrames {
    /** Step for the numerical derivative of ln CEG in years. */
    private static final double H = 1e-4;

    /**
     * @param annualGrowth the CEG's growth as a factor per year, {@code exp(d ln CEG / d year)} between innovations (the
     *                     set of active innovations held at the year): the same unit as the attribution's annual growth
     */
    public record Point(double year, double compute, OptionalDouble ceg, OptionalDouble annualGrowth) {
    }

    private final Dataset dataset;
    private final Multipliers multipliers;
    private final Set<String> excluded;
    private final Anchor anchor;
    private final Algorithm baseline;

    public ReferenceFrames(Dataset dataset) {
        this(dataset, Set.of(), Anchor.REFERENCE);
    }

    /**
     * @param excluded innovations switched off: the frontier is not credited with them
     * @param anchor   the anchor of a reference placed through the baseline
     */
    public ReferenceFrames(Dataset dataset, Set<String> excluded, Anchor anchor) {
        this.dataset = dataset;
        this.multipliers = new Multipliers(dataset);
        this.excluded = Set.copyOf(excluded);
        this.anchor = anchor;
        this.baseline = dataset.algorithms().stream().filter(a -> a.embodies().isEmpty()).findFirst().orElse(null);
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
                ? OptionalDouble.of(Math.exp((up.getAsDouble() - down.getAsDouble()) / (2 * H)))
                : OptionalDouble.empty();
        return new Point(year, compute, OptionalDouble.of(Math.exp(ln.getAsDouble())), growth);
    }

    /** The laws {@link #frontier} evaluates outside their fitted range for this reference and year, in decades. */
    public Map<String, Double> extrapolation(String referenceId, double year) {
        Algorithm reference = dataset.algorithm(referenceId);
        double compute = dataset.requireTrend().compute(year);
        Function<Algorithm, List<String>> differing = r -> dataset.innovations().stream()
                .filter(i -> !excluded.contains(i.id()) && (year >= i.year()) != r.embodies().contains(i.id())).map(Innovation::id).toList();
        if (!reference.embodies().isEmpty() || baseline == null || reference == baseline) {
            return Extrapolation.ofInnovations(dataset, differing.apply(reference), List.of(), compute);
        }
        Map<String, Double> out = new LinkedHashMap<>(
                Extrapolation.ofInnovations(dataset, differing.apply(baseline), List.of(), compute));
        Extrapolation.ofCeg(baseline, reference, anchor, compute).forEach((k, v) -> out.merge(k, v, (a, b) -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b)));
        return out;
    }

    /**
     * The assumption {@code referenceId}'s frame rests on when it is placed through the baseline on a loss scale only
     * declared comparable with the baseline's (a what-if); empty otherwise.
     */
    public Optional<String> assumption(String referenceId) {
        Algorithm reference = dataset.algorithm(referenceId);
        if (!reference.embodies().isEmpty() || baseline == null || reference == baseline) return Optional.empty();
        Comparability same = dataset.comparability(baseline, reference);
        return same.assumed() ? Optional.of(same.reason()) : Optional.empty();
    }

    /** ln of the CEG at compute C of the frontier model of {@code year} against the reference. */
    private OptionalDouble lnCeg(Algorithm reference, double year, double compute) {
        if (!reference.embodies().isEmpty() || baseline == null || reference == baseline) return lnMissing(reference, year, compute);
        // placed through the baseline by a CEG: meaningless when their losses are on different scales
        if (!dataset.comparability(baseline, reference).comparable()) return OptionalDouble.empty();
        OptionalDouble toBaseline = lnMissing(baseline, year, compute);
        OptionalDouble own = Ceg.between(baseline.law(), reference.law(), anchor, compute).ceg();
        if (toBaseline.isEmpty() || own.isEmpty()) return OptionalDouble.empty();
        return OptionalDouble.of(toBaseline.getAsDouble() - Math.log(own.getAsDouble()));
    }

    /**
     * ln of the CEG at compute C from the innovations on which the frontier model of {@code year} and the reference
     * differ: those active that the reference lacks count for the frontier, those the reference embodies that are
     * not active yet count against it.
     */
    private OptionalDouble lnMissing(Algorithm reference, double year, double compute) {
        double sum = 0;
        for (Innovation i : dataset.innovations()) {
            boolean active = year >= i.year();
            boolean embodied = reference.embodies().contains(i.id());
            if (excluded.contains(i.id()) || active == embodied) continue;
            OptionalDouble m = multipliers.at(i, compute);
            if (m.isEmpty()) return OptionalDouble.empty();
            sum += (active ? 1 : -1) * Math.log(m.getAsDouble());
        }
        return OptionalDouble.of(sum);
    }
}
