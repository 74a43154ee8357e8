package org.scalingexplorer.model;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How far a number rests on laws evaluated outside the compute range they were measured over: for each algorithm,
 * the number of decades between the computes its law is evaluated at and its measured range (0 inside it). A CEG
 * evaluates the anchor's law at C and the other law at the compute it needs for the same loss; a scale-dependent
 * innovation is such a CEG, and one "net of" others evaluates theirs too (docs/science.md#attribution).
 */
public final class Extrapolation {
    private Extrapolation() {
    }

    /** Decades outside {@code law}'s measured range at {@code compute}; 0 inside it or when the law has no range. */
    public static double decades(ScalingLaw law, double compute) {
        return law.measuredRange().map(r -> compute < r.min() ? Math.log10(r.min() / compute)
                : compute > r.max() ? Math.log10(compute / r.max()) : 0.0).orElse(0.0);
    }

    /** The laws a CEG between {@code reference} and {@code candidate} at {@code compute} evaluates outside their range. */
    public static Map<String, Double> ofCeg(Algorithm reference, Algorithm candidate, Anchor anchor, double compute) {
        Map<String, Double> out = new LinkedHashMap<>();
        CegResult r = Ceg.between(reference.law(), candidate.law(), anchor, compute);
        Algorithm atC = anchor == Anchor.REFERENCE ? reference : candidate;
        Algorithm other = atC == reference ? candidate : reference;
        note(out, atC, decades(atC.law(), compute));
        if (r.matchedCompute().isPresent()) note(out, other, decades(other.law(), r.matchedCompute().getAsDouble()));
        return out;
    }

    /** The laws the active innovations of {@code row} (and those they are net of) evaluate outside their range. */
    public static Map<String, Double> ofRow(Dataset d, AttributionRow row) {
        return ofInnovations(d, row.multipliers().keySet(), row.unreachable(), row.compute());
    }

    /** The same for a set of innovations at {@code compute}, following "net of" links (without recursion). */
    public static Map<String, Double> ofInnovations(Dataset d, Collection<String> ids, Collection<String> more, double compute) {
        Map<String, Double> out = new LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        todo.addAll(more);
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (!seen.add(id)) continue;
            if (!(d.findInnovation(id).orElse(null) instanceof Innovation.ScaleDependent s)) continue;
            ofCeg(d.algorithm(s.reference()), d.algorithm(s.candidate()), s.anchor(), compute).forEach((k, v) -> note(out, k, v));
            todo.addAll(s.netOf());
        }
        return out;
    }

    /** The largest of the decades, 0 when nothing is extrapolated. */
    public static double max(Map<String, Double> decades) {
        return decades.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** {@code LSTM 6.2, Transformer (2017) 6.2 decades}, or empty. */
    public static String describe(Dataset d, Map<String, Double> decades) {
        if (decades.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        decades.forEach((id, v) -> b.append(b.length() == 0 ? "" : ", ").append(d.findAlgorithm(id).map(Algorithm::name).orElse(id))
                .append(' ').append(String.format(java.util.Locale.ROOT, "%.1f", v)));
        return b.append(" decades beyond measured").toString();
    }

    private static void note(Map<String, Double> out, Algorithm a, double decades) {
        note(out, a.id(), decades);
    }

    private static void note(Map<String, Double> out, String id, double decades) {
        if (decades > 1e-9) out.merge(id, decades, Math::max);
    }
}
