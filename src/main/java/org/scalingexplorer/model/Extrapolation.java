package org.scalingexplorer.model;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How far a number rests on laws evaluated outside the compute range they were fitted over: for each algorithm, the
 * number of decades between the computes its law is evaluated at and the range of the points its fit used (0 inside
 * it; NaN, "range unknown", for a law with no known range). The runs behind a fit reach further (warm-up and
 * saturated points are not fitted), but a law rests only on what was fitted. A CEG evaluates the anchor's law at C and
 * the other law at the compute it needs for the same loss; a scale-dependent innovation is such a CEG, and one "net
 * of" others evaluates theirs too (docs/science.md#extrapolation).
 */
public final class Extrapolation {
    private Extrapolation() {
    }

    /** Decades outside {@code law}'s fitted range at {@code compute}; 0 inside it; NaN when the law's range is not known. */
    public static double decades(ScalingLaw law, double compute) {
        return law.fittedRange().map(r -> compute < r.min() ? Math.log10(r.min() / compute)
                : compute > r.max() ? Math.log10(compute / r.max()) : 0.0).orElse(Double.NaN);
    }

    /** Whether any law is evaluated beyond its known fitted range (laws of unknown range do not count: see {@link #unknown}). */
    public static boolean beyond(Map<String, Double> decades) {
        return decades.values().stream().anyMatch(v -> v > 0);
    }

    /** The laws whose range is not known. */
    public static List<String> unknown(Map<String, Double> decades) {
        return decades.entrySet().stream().filter(e -> Double.isNaN(e.getValue())).map(Map.Entry::getKey).toList();
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

    /** The largest of the known decades, 0 when nothing is extrapolated. */
    public static double max(Map<String, Double> decades) {
        return decades.values().stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).max().orElse(0);
    }

    /** {@code LSTM 4.0, Transformer (2017) 3.1 decades beyond the fitted range; range unknown: What-if}, or empty. */
    public static String describe(Dataset d, Map<String, Double> decades) {
        if (decades.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        decades.forEach((id, v) -> {
            if (Double.isNaN(v)) return;
            b.append(b.length() == 0 ? "" : ", ").append(d.findAlgorithm(id).map(Algorithm::name).orElse(id))
                    .append(' ').append(String.format(Locale.ROOT, "%.1f", v));
        });
        if (b.length() > 0) b.append(" decades beyond the fitted range");
        List<String> unknown = unknown(decades);
        if (!unknown.isEmpty()) {
            b.append(b.length() == 0 ? "" : "; ").append("range unknown: ")
                    .append(String.join(", ", unknown.stream().map(id -> d.findAlgorithm(id).map(Algorithm::name).orElse(id)).toList()));
        }
        return b.toString();
    }

    private static void note(Map<String, Double> out, Algorithm a, double decades) {
        note(out, a.id(), decades);
    }

    /** Notes the decades (a law of unknown range as NaN, unless a known distance is noted for it already). */
    private static void note(Map<String, Double> out, String id, double decades) {
        if (Double.isNaN(decades)) out.putIfAbsent(id, Double.NaN);
        else if (decades > 1e-9) out.merge(id, decades, (a, b) -> Double.isNaN(a) ? b : Math.max(a, b));
    }
}
