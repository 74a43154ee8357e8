package org.scalingexplorer.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything the explorer shows: algorithms with their laws, the innovations the attribution stacks (in stacking
 * order), context results and the frontier compute trend. Immutable; the {@code with*} methods return copies.
 */
public record Dataset(Metadata metadata, List<Algorithm> algorithms, List<Innovation> innovations,
                      List<ContextResult> context, Optional<ComputeTrend> trend) {
    public Dataset {
        if (metadata == null) throw new IllegalArgumentException("a dataset needs metadata");
        algorithms = List.copyOf(algorithms);
        innovations = List.copyOf(innovations);
        context = List.copyOf(context);
        trend = trend == null ? Optional.empty() : trend;
        Map<String, Algorithm> seen = new LinkedHashMap<>();
        for (Algorithm a : algorithms) {
            if (seen.put(a.id(), a) != null) throw new IllegalArgumentException("duplicate algorithm id '" + a.id() + "'");
        }
        Map<String, Innovation> inn = new LinkedHashMap<>();
        for (Innovation i : innovations) {
            if (inn.put(i.id(), i) != null) throw new IllegalArgumentException("duplicate innovation id '" + i.id() + "'");
            if (i instanceof Innovation.ScaleDependent d) {
                if (!seen.containsKey(d.candidate())) throw new IllegalArgumentException("innovation " + d.id() + " names unknown algorithm '" + d.candidate() + "'");
                if (!seen.containsKey(d.reference())) throw new IllegalArgumentException("innovation " + d.id() + " names unknown algorithm '" + d.reference() + "'");
            }
        }
        for (Innovation i : innovations) {
            if (i instanceof Innovation.ScaleDependent d) {
                for (String n : d.netOf()) {
                    if (!inn.containsKey(n)) throw new IllegalArgumentException("innovation " + d.id() + " is net of unknown innovation '" + n + "'");
                }
            }
        }
    }

    public Optional<Algorithm> findAlgorithm(String id) {
        return algorithms.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Algorithm algorithm(String id) {
        return findAlgorithm(id).orElseThrow(() -> new NoSuchElementException("no algorithm '" + id + "' in the dataset; known: "
                + algorithms.stream().map(Algorithm::id).toList()));
    }

    /** The loss scale of this id; {@link LossScale#UNDECLARED} for an empty or unknown id. */
    public LossScale lossScale(String id) {
        if (id == null || id.isEmpty()) return LossScale.UNDECLARED;
        return metadata.lossScales().stream().filter(s -> s.id().equals(id)).findFirst().orElse(new LossScale(id, id, "", "", ""));
    }

    /** Whether {@code candidate}'s CEG against {@code reference} means anything here (docs/science.md#loss-scales). */
    public Comparability comparability(Algorithm reference, Algorithm candidate) {
        return Comparability.of(this, reference, candidate);
    }

    public Optional<Innovation> findInnovation(String id) {
        return innovations.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Innovation innovation(String id) {
        return findInnovation(id).orElseThrow(() -> new NoSuchElementException("no innovation '" + id + "' in the dataset; known: "
                + innovations.stream().map(Innovation::id).toList()));
    }

    public Dataset withAlgorithms(List<Algorithm> other) {
        return new Dataset(metadata, other, innovations, context, trend);
    }

    public Dataset withInnovations(List<Innovation> other) {
        return new Dataset(metadata, algorithms, other, context, trend);
    }

    /**
     * The pairs of loss scales declared comparable (a what-if: every CEG between them then says it rests on the
     * assumption); each pair holds two scale ids.
     */
    public Dataset withComparableScales(List<List<String>> pairs) {
        Metadata m = metadata;
        return new Dataset(new Metadata(m.title(), m.description(), m.lossUnit(), m.license(), m.citations(), m.lossScales(), pairs),
                algorithms, innovations, context, trend);
    }

    /** The same dataset with {@code scale} among its loss scales (kept as it is when one of that id is declared). */
    public Dataset withLossScale(LossScale scale) {
        Metadata m = metadata;
        if (m.lossScales().stream().anyMatch(s -> s.id().equals(scale.id()))) return this;
        List<LossScale> scales = new ArrayList<>(m.lossScales());
        scales.add(scale);
        return new Dataset(new Metadata(m.title(), m.description(), m.lossUnit(), m.license(), m.citations(), scales, m.comparableScales()),
                algorithms, innovations, context, trend);
    }

    /** Whether scales {@code a} and {@code b} (ids) are declared comparable. */
    public boolean declaredComparable(String a, String b) {
        return metadata.comparableScales().stream().anyMatch(p -> p.contains(a) && p.contains(b));
    }

    /**
     * The same dataset with the pair ({@code a}, {@code b}) declared comparable or not (other declared pairs kept).
     */
    public Dataset declaringComparable(String a, String b, boolean comparable) {
        List<List<String>> pairs = new ArrayList<>(metadata.comparableScales().stream()
                .filter(p -> !(p.contains(a) && p.contains(b))).toList());
        if (comparable) pairs.add(List.of(a, b));
        return withComparableScales(pairs);
    }

    /** The loss scales the algorithms use, in the order they first appear. */
    public List<String> usedScales() {
        return algorithms.stream().map(Algorithm::lossScale).distinct().toList();
    }

    public Dataset withTrend(ComputeTrend other) {
        return new Dataset(metadata, algorithms, innovations, context, Optional.of(other));
    }

    /** The frontier compute trend; attribution in frontier mode and reference frames need one. */
    public ComputeTrend requireTrend() {
        return trend.orElseThrow(() -> new IllegalStateException("the dataset '" + metadata.title() + "' has no compute trend"));
    }

    /**
     * Whether the attribution of {@code other} is the same as this one's: same innovations, trend and context, and
     * the same laws for the algorithms the scale-dependent innovations compare. A what-if added or reshaped leaves
     * it unchanged, so views of the attribution need not recompute.
     */
    public boolean sameAttribution(Dataset other) {
        if (other == null || !innovations.equals(other.innovations) || !trend.equals(other.trend) || !context.equals(other.context)) return false;
        for (Innovation i : innovations) {
            if (i instanceof Innovation.ScaleDependent sd) {
                for (String id : List.of(sd.candidate(), sd.reference())) {
                    if (!findAlgorithm(id).map(Algorithm::law).equals(other.findAlgorithm(id).map(Algorithm::law))) return false;
                }
            }
        }
        return true;
    }

    public Dataset mapAlgorithm(String id, UnaryOperator<Algorithm> change) {
        algorithm(id);
        return withAlgorithms(algorithms.stream().map(a -> a.id().equals(id) ? change.apply(a) : a).toList());
    }
}
