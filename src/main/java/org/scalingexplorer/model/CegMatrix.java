package org.scalingexplorer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Pairwise CEGs of a dataset's algorithms at one compute. Entry (r, c) is the CEG of algorithm c relative to
 * reference r. Between scale-dependent algorithms CEGs evaluated at the same compute do not compose, which the
 * transitivity defect {@code CEG(A->B) * CEG(B->C) / CEG(A->C)} measures (1 when they do).
 */
public final class CegMatrix {
    public record Defect(String a, String b, String c, OptionalDouble value) {
    }

    private final List<Algorithm> algorithms;
    private final CegResult[][] cells;
    private final double compute;
    private final Anchor anchor;

    public CegMatrix(List<Algorithm> algorithms, Anchor anchor, double compute) {
        this.algorithms = List.copyOf(algorithms);
        this.anchor = anchor;
        this.compute = compute;
        int n = algorithms.size();
        cells = new CegResult[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                cells[r][c] = Ceg.between(algorithms.get(r).law(), algorithms.get(c).law(), anchor, compute);
            }
        }
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

    /** The CEG of {@code algorithms().get(candidate)} relative to {@code algorithms().get(reference)}. */
    public CegResult cell(int reference, int candidate) {
        return cells[reference][candidate];
    }

    /** Defects of every ordered triple of distinct algorithms. */
    public List<Defect> defects() {
        List<Defect> out = new ArrayList<>();
        int n = algorithms.size();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    if (a == b || b == c || a == c) continue;
                    OptionalDouble ab = cells[a][b].ceg();
                    OptionalDouble bc = cells[b][c].ceg();
                    OptionalDouble ac = cells[a][c].ceg();
                    OptionalDouble d = ab.isPresent() && bc.isPresent() && ac.isPresent()
                            ? OptionalDouble.of(ab.getAsDouble() * bc.getAsDouble() / ac.getAsDouble())
                            : OptionalDouble.empty();
                    out.add(new Defect(algorithms.get(a).id(), algorithms.get(b).id(), algorithms.get(c).id(), d));
                }
            }
        }
        return out;
    }
}
