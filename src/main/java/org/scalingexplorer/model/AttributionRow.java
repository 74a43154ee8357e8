package org.scalingexplorer.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The attribution at one (year, compute): the multipliers of the innovations active then, in stacking order.
 *
 * @param multipliers active innovations whose multiplier is defined at this compute, by id, in stacking order
 * @param unreachable active scale-dependent innovations whose CEG is unreachable at this compute
 */
public record AttributionRow(double year, double compute, Map<String, Double> multipliers,
                             Map<String, Boolean> scaleDependent, List<String> unreachable) {
    public AttributionRow {
        multipliers = Collections.unmodifiableMap(new LinkedHashMap<>(multipliers));
        scaleDependent = Map.copyOf(scaleDependent);
        unreachable = List.copyOf(unreachable);
    }

    /** The product of the active multipliers (1 when none is active); empty if any is unreachable. */
    public OptionalDouble total() {
        if (!unreachable.isEmpty()) return OptionalDouble.empty();
        return OptionalDouble.of(Math.exp(lnProduct(true, true)));
    }

    public double scaleDependentTotal() {
        return Math.exp(lnProduct(true, false));
    }

    public double scaleInvariantTotal() {
        return Math.exp(lnProduct(false, true));
    }

    /**
     * {@code ln(product of scale-dependent) / ln(total)}, between 0 and 1; empty when {@link #scaleDependentShareUndefined}
     * says why a share means nothing here.
     */
    public OptionalDouble scaleDependentShare() {
        return scaleDependentShareUndefined().isPresent() ? OptionalDouble.empty() : OptionalDouble.of(lnProduct(true, false) / lnProduct(true, true));
    }

    /**
     * Why the scale-dependent share is undefined, if it is: a log share is a part of a whole only when there is a gain
     * (the total above 1) and both parts add to it (neither the scale-dependent nor the scale-invariant product below
     * 1); otherwise it falls outside 0-100% and means nothing.
     */
    public Optional<String> scaleDependentShareUndefined() {
        Optional<String> whole = noWhole();
        if (whole.isPresent()) return whole;
        double dep = lnProduct(true, false);
        double inv = lnProduct(false, true);
        if (dep < 0 || inv < 0) {
            return Optional.of(String.format(Locale.ROOT, "the parts pull in opposite directions: scale-dependent %s×, "
                    + "scale-invariant %s×", Numbers.format(Math.exp(dep)), Numbers.format(Math.exp(inv))));
        }
        return Optional.empty();
    }

    /** {@code ln(multiplier) / ln(total)} for one active innovation, between 0 and 1; empty when {@link #shareUndefined} says why not. */
    public OptionalDouble share(String innovationId) {
        Double m = multipliers.get(innovationId);
        if (m == null || shareUndefined().isPresent()) return OptionalDouble.empty();
        return OptionalDouble.of(Math.log(m) / lnProduct(true, true));
    }

    /** Why the innovations' shares are undefined, if they are: no gain, or an active multiplier below 1. */
    public Optional<String> shareUndefined() {
        Optional<String> whole = noWhole();
        if (whole.isPresent()) return whole;
        for (Map.Entry<String, Double> e : multipliers.entrySet()) {
            if (e.getValue() < 1) {
                return Optional.of("the innovations pull in opposite directions: " + e.getKey() + " is "
                        + Numbers.format(e.getValue()) + "× here");
            }
        }
        return Optional.empty();
    }

    private Optional<String> noWhole() {
        if (!unreachable.isEmpty()) return Optional.of("a scale-dependent gain is unreachable at this compute: " + String.join(", ", unreachable));
        if (multipliers.isEmpty()) return Optional.of("no innovation is active yet");
        if (lnProduct(true, true) <= 1e-12) {
            return Optional.of("the total is " + Numbers.format(Math.exp(lnProduct(true, true))) + "×, at most 1: no gain to share");
        }
        return Optional.empty();
    }

    private double lnProduct(boolean dependent, boolean invariant) {
        double sum = 0;
        for (Map.Entry<String, Double> e : multipliers.entrySet()) {
            boolean dep = scaleDependent.getOrDefault(e.getKey(), false);
            if (dep ? dependent : invariant) sum += Math.log(e.getValue());
        }
        return sum;
    }
}
