package org.scalingexplorer.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Pairwise CEGs of a dataset's algorithms at one compute. Entry (r, c) is the CEG of algorithm c relative to
 * reference r. Between scale-dependent algorithms CEGs evaluated at the same compute do not compose, which the
 * transitivity defect {@code CEG(A->B) * CEG(B->C) / CEG(A->C)} measures (1 when they do).
 */
public final class CegMatrix {
    /**
     * @param whyNot when there is no value: "not comparable" (a pair of the triple is on different loss scales) or
     *               "unreachable" (a CEG of the triple is), with the pair
     */
    public record Defect(String a, String b, String c, OptionalDouble value, String whyNot) {
        public Defect(String a, String b, String c, OptionalDouble value) {
            this(a, b, c, value, "");
        }
    }

    private final List<Algorithm> algorithms;
    /** Null where the two losses are on different scales (docs/science.md#loss-scales). */
    private final CegResult[][] cells;
    private final String[][] notComparable;
    private final double compute;
    private final Anchor anchor;

    /** Every pair compared, as if all losses were on one scale (for laws with no dataset around them). */
    public CegMatrix(List<Algorithm> algorithms, Anchor anchor, double compute) {
        this(null, algorithms, anchor, compute);
    }

    /** Pairs whose losses {@code d} says are not comparable are left out, with the reason. */
    public CegMatrix(Dataset d, List<Algorithm> algorithms, Anchor anchor, double compute) {
        this.algorithms = List.copyOf(algorithms);
        this.anchor = anchor;
        this.compute = compute;
        int n = algorithms.size();
        cells = new CegResult[n][n];
        notComparable = new String[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                Comparability same = d == null ? null : d.comparability(algorithms.get(r), algorithms.get(c));
                if (same != null && !same.comparable()) notComparable[r][c] = same.reason();
                else cells[r][c] = Ceg.between(algorithms.get(r).law(), algorithms.get(c).law(), anchor, compute);
            }
        }
    }

    /** Why cell (reference, candidate) holds no CEG, when the two losses are on different scales. */
    public Optional<String> notComparable(int reference, int candidate) {
        return Optional.ofNullable(notComparable[reference][candidate]);
    }

    public List<Algorithm> algorithms() {
        return algorithms;
    }

    public double compute() {
        return compute;
    }

    public Anchor anchor() {
        return anchor;
    }

    /**
     * The CEG of {@code algorithms().get(candidate)} relative to {@code algorithms().get(reference)}; null when
     * {@link #notComparable} says their losses cannot be compared.
     */
    public CegResult cell(int reference, int candidate) {
        return cells[reference][candidate];
    }

    /** Defects of every ordered triple of distinct algorithms (n(n-1)(n-2) of them: use {@link #largestDefects} for many). */
    public List<Defect> defects() {
        List<Defect> out = new ArrayList<>();
        forEachDefect(out::add);
        return out;
    }

    /** Each ordered triple's defect, in order, without keeping them. */
    public void forEachDefect(Consumer<Defect> action) {
        int n = algorithms.size();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    if (a == b || b == c || a == c) continue;
                    OptionalDouble v = defect(a, b, c);
                    action.accept(new Defect(algorithms.get(a).id(), algorithms.get(b).id(), algorithms.get(c).id(), v,
                            v.isPresent() ? "" : whyNot(a, b, c)));
                }
            }
        }
    }

    private OptionalDouble defect(int a, int b, int c) {
        if (cells[a][b] == null || cells[b][c] == null || cells[a][c] == null) return OptionalDouble.empty();
        OptionalDouble ab = cells[a][b].ceg();
        OptionalDouble bc = cells[b][c].ceg();
        OptionalDouble ac = cells[a][c].ceg();
        return ab.isPresent() && bc.isPresent() && ac.isPresent()
                ? OptionalDouble.of(ab.getAsDouble() * bc.getAsDouble() / ac.getAsDouble())
                : OptionalDouble.empty();
    }

    /** Why a triple has no defect: the first of its pairs that is not comparable, or unreachable. */
    private String whyNot(int a, int b, int c) {
        int[][] pairs = {{a, b}, {b, c}, {a, c}};
        for (int[] p : pairs) {
            if (cells[p[0]][p[1]] == null) {
                return "not comparable (" + algorithms.get(p[0]).id() + " and " + algorithms.get(p[1]).id() + " are on different loss scales)";
            }
        }
        for (int[] p : pairs) {
            if (cells[p[0]][p[1]].ceg().isEmpty()) return "unreachable (" + algorithms.get(p[0]).id() + " to " + algorithms.get(p[1]).id() + ")";
        }
        return "undefined";
    }

    /** How many ordered triples of distinct algorithms there are. */
    public long defectCount() {
        long n = algorithms.size();
        return n * (n - 1) * (n - 2);
    }

    /**
     * The {@code k} defects furthest from 1 (by |ln defect|; triples with an unreachable CEG last), largest first: a
     * bounded heap, so 100 algorithms' 970,200 triples take no more memory than {@code k}.
     */
    public List<Defect> largestDefects(int k) {
        Comparator<Defect> bySize = Comparator.comparingDouble(CegMatrix::size);
        PriorityQueue<Defect> heap = new PriorityQueue<>(bySize);
        forEachDefect(d -> {
            if (heap.size() < k) heap.add(d);
            else if (k > 0 && size(d) > size(heap.peek())) {
                heap.poll();
                heap.add(d);
            }
        });
        List<Defect> out = new ArrayList<>(heap);
        out.sort(bySize.reversed());
        return out;
    }

    private static double size(Defect d) {
        return d.value().isPresent() ? Math.abs(Math.log(d.value().getAsDouble())) : -1;
    }
}
