package org.scalingexplorer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the parametric laws of a dataset split compute between parameters and data: N(C), D(C) = C / (6N), tokens per
 * parameter and the loss each allocation reaches, and the iso-FLOP curve L(N, C / (6N)) at one compute, on which the
 * compute-optimal allocation sits at the minimum and Kaplan et al.'s rule to one side: the rebalancing innovation,
 * seen (docs/science.md#paper-model).
 */
public final class AllocationView {
    /** One algorithm's allocation at a compute. */
    public record Row(String algorithm, String name, String rule, double parameters, double tokens, double loss) {
        public double tokensPerParameter() {
            return tokens / parameters;
        }
    }

    /** A point of the iso-FLOP curve. */
    public record Point(double parameters, double loss) {
    }

    private AllocationView() {
    }

    /** Each algorithm with a parametric law, at {@code compute}. */
    public static List<Row> at(Dataset d, double compute) {
        List<Row> rows = new ArrayList<>();
        for (Algorithm a : d.algorithms()) {
            if (!(a.law() instanceof ParametricLaw p)) continue;
            String rule = p.allocation() instanceof Allocation.ComputeOptimal ? "compute-optimal"
                    : p.allocation() instanceof Allocation.PowerRule r ? String.format(Locale.ROOT, "N = %s (C / %s)^%.2f",
                    Numbers.format(r.coefficient()), Numbers.format(r.referenceCompute()), r.exponent()) : p.allocation().toString();
            rows.add(new Row(a.id(), a.name(), rule, p.parameters(compute), p.tokens(compute), p.loss(compute)));
        }
        return rows;
    }

    /**
     * The loss of {@code law}'s L(N, D) at {@code compute} for model sizes from {@code nMin} to {@code nMax} (log
     * spaced), D = C / (6N): the iso-FLOP curve.
     */
    public static List<Point> isoFlop(ParametricLaw law, double compute, double nMin, double nMax, int samples) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            double n = Math.exp(Math.log(nMin) + i * (Math.log(nMax) - Math.log(nMin)) / (samples - 1));
            out.add(new Point(n, law.e() + law.reducibleLoss(n, compute / (6 * n))));
        }
        return out;
    }
}
