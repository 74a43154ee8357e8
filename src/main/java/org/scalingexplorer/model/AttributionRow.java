package org.scalingexplorer.model;

import java.util.List;
import java.util.Map;
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
        multipliers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(multipliers));
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

    /** {@code ln(product of scale-dependent) / ln(total)}; empty when the total is 1 (no gain to share) or unreachable. */
    public OptionalDouble scaleDependentShare() {
        return share(lnProduct(true, false));
    }

    /** {@code ln(multiplier) / ln(total)} for one active innovation. */
    public OptionalDouble share(String innovationId) {
        Double m = multipliers.get(innovationId);
        return m == null ? OptionalDouble.empty() : share(Math.log(m));
    }

    private OptionalDouble share(double lnPart) {
        if (!unreachable.isEmpty()) return OptionalDouble.empty();
        double lnTotal = lnProduct(true, true);
        if (Math.abs(lnTotal) < 1e-12) return OptionalDouble.empty();
        return OptionalDouble.of(lnPart / lnTotal);
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
