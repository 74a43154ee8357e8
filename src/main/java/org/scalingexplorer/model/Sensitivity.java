package org.scalingexplorer.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * Which input moves the headline: the frontier total and the scale-dependent share at a year, recomputed with each
 * input moved down and up by a relative amount: every law's prefactor and exponent, every scale-invariant
 * multiplier, the compute trend's growth. Rows come sorted by how much they move the total (a tornado chart).
 */
public final class Sensitivity {
    /** The headline at one setting of the inputs. */
    public record Outcome(OptionalDouble total, OptionalDouble share) {
        static Outcome of(Dataset d, java.util.Set<String> excluded, double year) {
            AttributionRow r = new Attribution(d, excluded).frontier(year);
            return new Outcome(r.total(), r.scaleDependentShare());
        }
    }

    /** One input moved down ({@code low}) and up ({@code high}) by the relative amount. */
    public record Row(String input, double value, Outcome low, Outcome high) {
        /** |ln(total up) - ln(total down)|: the bar's length; 0 when either is unreachable. */
        public double effect() {
            return low.total().isPresent() && high.total().isPresent()
                    ? Math.abs(Math.log(high.total().getAsDouble()) - Math.log(low.total().getAsDouble())) : 0;
        }
    }

    public record Result(double year, double delta, Outcome central, List<Row> rows) {
    }

    private Sensitivity() {
    }

    /** @param delta the relative change, e.g. 0.1 for 10% down and up (0 < delta < 1) */
    public static Result of(Dataset d, double year, double delta) {
        return of(d, java.util.Set.of(), year, delta);
    }

    /** The same with the innovations in {@code excluded} switched off (as the window's Innovations tab does). */
    public static Result of(Dataset d, java.util.Set<String> excluded, double year, double delta) {
        if (!(delta > 0 && delta < 1)) throw new IllegalArgumentException("delta must be between 0 and 1 (exclusive), got " + delta);
        d.requireTrend();
        List<Row> rows = new ArrayList<>();
        for (Algorithm a : d.algorithms()) {
            if (a.law() instanceof PowerLaw p) {
                rows.add(row(d, excluded, year, delta, a.name() + " A", p.a(), x -> withLaw(d, a, new PowerLaw(p.e(), x, p.alpha(), p.measuredRange()))));
                rows.add(row(d, excluded, year, delta, a.name() + " alpha", p.alpha(), x -> withLaw(d, a, new PowerLaw(p.e(), p.a(), x, p.measuredRange()))));
            } else if (a.law() instanceof ParametricLaw p) {
                rows.add(row(d, excluded, year, delta, a.name() + " A", p.a(), x -> withLaw(d, a, new ParametricLaw(p.e(), x, p.b(), p.alpha(), p.beta(),
                        p.allocation(), p.measuredRange()))));
                rows.add(row(d, excluded, year, delta, a.name() + " B", p.b(), x -> withLaw(d, a, new ParametricLaw(p.e(), p.a(), x, p.alpha(), p.beta(),
                        p.allocation(), p.measuredRange()))));
                rows.add(row(d, excluded, year, delta, a.name() + " alpha", p.alpha(), x -> withLaw(d, a, new ParametricLaw(p.e(), p.a(), p.b(), x, p.beta(),
                        p.allocation(), p.measuredRange()))));
                rows.add(row(d, excluded, year, delta, a.name() + " beta", p.beta(), x -> withLaw(d, a, new ParametricLaw(p.e(), p.a(), p.b(), p.alpha(), x,
                        p.allocation(), p.measuredRange()))));
            }
        }
        for (Innovation i : d.innovations()) {
            if (i instanceof Innovation.ScaleInvariant s) {
                rows.add(row(d, excluded, year, delta, s.name() + " multiplier", s.multiplier(), x -> d.withInnovations(d.innovations().stream()
                        .map(o -> o.id().equals(s.id()) ? s.withMultiplier(x) : o).toList())));
            }
        }
        if (d.trend().orElse(null) instanceof ComputeTrend.Exponential t) {
            rows.add(row(d, excluded, year, delta, "compute trend growth", t.growth(),
                    x -> d.withTrend(new ComputeTrend.Exponential(t.compute0(), x, t.year0()))));
        }
        rows.sort(Comparator.comparingDouble(Row::effect).reversed());
        return new Result(year, delta, Outcome.of(d, excluded, year), rows);
    }

    /** The paper's range for its figure: the exponent gap scaled from 0.75 to 1.25 in steps of 0.05. */
    public static final double[] GAP_SCALES = java.util.stream.IntStream.rangeClosed(0, 10).mapToDouble(i -> 0.75 + 0.05 * i).toArray();

    /** The headline with the exponent gap of a scale-dependent innovation scaled by {@code scale}. */
    public record GapPoint(double scale, Outcome outcome) {
    }

    /**
     * The paper's sensitivity figure: the first scale-dependent innovation between two power laws (LSTM to Transformer
     * in the paper's model) has its exponent gap, alpha_candidate - alpha_reference, scaled by each of {@code scales}
     * (the candidate's exponent moves, the reference's stays); the headline at {@code year} for each. Empty when the
     * dataset has no such innovation.
     */
    public static List<GapPoint> exponentGap(Dataset d, java.util.Set<String> excluded, double year, double[] scales) {
        for (Innovation i : d.innovations()) {
            if (!(i instanceof Innovation.ScaleDependent s) || excluded.contains(i.id())) continue;
            Algorithm ref = d.algorithm(s.reference());
            Algorithm cand = d.algorithm(s.candidate());
            if (!(ref.law() instanceof PowerLaw r) || !(cand.law() instanceof PowerLaw c)) continue;
            double gap = c.alpha() - r.alpha();
            List<GapPoint> out = new ArrayList<>();
            for (double k : scales) {
                Dataset moved = withLaw(d, cand, new PowerLaw(c.e(), c.a(), r.alpha() + k * gap, c.measuredRange()));
                out.add(new GapPoint(k, outcome(x -> moved, excluded, 0, year)));
            }
            return out;
        }
        return List.of();
    }

    /** The innovation {@link #exponentGap} moves, by name, or empty. */
    public static java.util.Optional<String> gapInnovation(Dataset d, java.util.Set<String> excluded) {
        return d.innovations().stream().filter(i -> i instanceof Innovation.ScaleDependent s && !excluded.contains(i.id())
                && d.algorithm(s.reference()).law() instanceof PowerLaw && d.algorithm(s.candidate()).law() instanceof PowerLaw)
                .map(Innovation::name).findFirst();
    }

    private static Dataset withLaw(Dataset d, Algorithm a, ScalingLaw law) {
        return d.mapAlgorithm(a.id(), x -> x.withLaw(law));
    }

    private static Row row(Dataset d, java.util.Set<String> excluded, double year, double delta, String input, double value,
                           DoubleFunction<Dataset> with) {
        return new Row(input, value, outcome(with, excluded, value * (1 - delta), year), outcome(with, excluded, value * (1 + delta), year));
    }

    /** A value the law or trend refuses (a growth of 1 or less, say) leaves the headline undefined there. */
    private static Outcome outcome(DoubleFunction<Dataset> with, java.util.Set<String> excluded, double value, double year) {
        try {
            return Outcome.of(with.apply(value), excluded, year);
        } catch (IllegalArgumentException e) {
            return new Outcome(OptionalDouble.empty(), OptionalDouble.empty());
        }
    }
}
