package org.scalingexplorer.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.stream.IntStream;

/**
 * Which input moves the headline: the frontier total and the scale-dependent share at a year, recomputed with each
 * input moved each way: every law's E, prefactor and exponent, every scale-invariant multiplier, the compute trend's
 * growth. Laws' parameters and the trend's growth are scaled by {@code 1 -+ delta}; a multiplier is moved in log space,
 * {@code m^(1 -+ delta)}, so that a gain of 1.0088 and one of 2 move by the same share of what they contribute (a
 * multiplier of 1.0088 less 10% would be a loss). Each row says what was done to the value ("alpha × 0.9 = -0.0846"),
 * never "down" for a negative exponent made larger, and why an input has no effect on the total when it has none.
 * Rows come sorted by how much they move the total (a tornado chart).
 */
public final class Sensitivity {
    /** The headline at one setting of the inputs. */
    public record Outcome(OptionalDouble total, OptionalDouble share) {
        static Outcome of(Dataset d, Set<String> excluded, double year) {
            AttributionRow r = new Attribution(d, excluded).frontier(year);
            return new Outcome(r.total(), r.scaleDependentShare());
        }
    }

    /**
     * One input moved each way.
     *
     * @param lowValue  the input's value in the first move ({@code value × (1 - delta)}, or {@code m^(1 - delta)})
     * @param lowMove   what was done, in words: {@code × 0.9 = -0.0846} or {@code ^0.9 = 1.0079}
     * @param noEffect  why the total does not move with this input, when it does not; empty otherwise
     */
    public record Row(String input, double value, double lowValue, String lowMove, Outcome low, double highValue, String highMove, Outcome high,
                      Optional<String> noEffect) {
        /** |ln(total with the second move) - ln(total with the first)|: the bar's length; 0 when either is unreachable. */
        public double effect() {
            return low.total().isPresent() && high.total().isPresent()
                    ? Math.abs(Math.log(high.total().getAsDouble()) - Math.log(low.total().getAsDouble())) : 0;
        }
    }

    public record Result(double year, double delta, Outcome central, List<Row> rows) {
    }

    private Sensitivity() {
    }

    /** @param delta the relative change, e.g. 0.1 for × 0.9 and × 1.1 (0 < delta < 1) */
    public static Result of(Dataset d, double year, double delta) {
        return of(d, Set.of(), year, delta);
    }

    /** The same with the innovations in {@code excluded} switched off (as the window's Innovations tab does). */
    public static Result of(Dataset d, Set<String> excluded, double year, double delta) {
        if (!(delta > 0 && delta < 1)) throw new IllegalArgumentException("delta must be between 0 and 1 (exclusive), got " + delta);
        d.requireTrend();
        List<Row> rows = new ArrayList<>();
        for (Algorithm a : d.algorithms()) {
            if (a.law() instanceof PowerLaw p) {
                rows.add(scaled(d, excluded, year, delta, a, "E", p.e(), x -> p.with(x, p.a(), p.alpha())));
                rows.add(scaled(d, excluded, year, delta, a, "A", p.a(), x -> p.with(p.e(), x, p.alpha())));
                rows.add(scaled(d, excluded, year, delta, a, "alpha", p.alpha(), x -> p.with(p.e(), p.a(), x)));
            } else if (a.law() instanceof ParametricLaw p) {
                rows.add(scaled(d, excluded, year, delta, a, "E", p.e(), x -> p.with(x, p.a(), p.b(), p.alpha(), p.beta())));
                rows.add(scaled(d, excluded, year, delta, a, "A", p.a(), x -> p.with(p.e(), x, p.b(), p.alpha(), p.beta())));
                rows.add(scaled(d, excluded, year, delta, a, "B", p.b(), x -> p.with(p.e(), p.a(), x, p.alpha(), p.beta())));
                rows.add(scaled(d, excluded, year, delta, a, "alpha", p.alpha(), x -> p.with(p.e(), p.a(), p.b(), x, p.beta())));
                rows.add(scaled(d, excluded, year, delta, a, "beta", p.beta(), x -> p.with(p.e(), p.a(), p.b(), p.alpha(), x)));
            }
        }
        for (Innovation i : d.innovations()) {
            if (i instanceof Innovation.ScaleInvariant s) {
                double m = s.multiplier();
                DoubleFunction<Dataset> with = x -> d.withInnovations(d.innovations().stream().map(o -> o.id().equals(s.id()) ? s.withMultiplier(x) : o).toList());
                double lo = Math.pow(m, 1 - delta);
                double hi = Math.pow(m, 1 + delta);
                Outcome l = outcome(with, excluded, lo, year);
                Outcome h = outcome(with, excluded, hi, year);
                rows.add(new Row(s.name() + " multiplier", m, lo, power(1 - delta, lo), l, hi, power(1 + delta, hi), h,
                        why(d, excluded, year, l, h, Set.of(), i)));
            }
        }
        if (d.trend().orElse(null) instanceof ComputeTrend.Exponential t) {
            double lo = t.growth() * (1 - delta);
            double hi = t.growth() * (1 + delta);
            DoubleFunction<Dataset> with = x -> d.withTrend(new ComputeTrend.Exponential(t.compute0(), x, t.year0()));
            Outcome l = outcome(with, excluded, lo, year);
            Outcome h = outcome(with, excluded, hi, year);
            rows.add(new Row("compute trend growth", t.growth(), lo, times(1 - delta, lo), l, hi, times(1 + delta, hi), h,
                    why(d, excluded, year, l, h, Set.of(), null)));
        }
        rows.sort(Comparator.comparingDouble(Row::effect).reversed());
        return new Result(year, delta, Outcome.of(d, excluded, year), rows);
    }

    /** A law's parameter scaled by {@code 1 -+ delta}. */
    private static Row scaled(Dataset d, Set<String> excluded, double year, double delta, Algorithm a, String name, double value,
                              DoubleFunction<ScalingLaw> law) {
        DoubleFunction<Dataset> with = x -> withLaw(d, a, law.apply(x));
        double lo = value * (1 - delta);
        double hi = value * (1 + delta);
        Outcome l = outcome(with, excluded, lo, year);
        Outcome h = outcome(with, excluded, hi, year);
        Optional<String> none = value == 0 ? Optional.of("no effect: " + name + " is 0, which scaling leaves at 0")
                : why(d, excluded, year, l, h, Set.of(a.id()), null);
        return new Row(a.name() + " " + name, value, lo, times(1 - delta, lo), l, hi, times(1 + delta, hi), h, none);
    }

    private static String times(double k, double v) {
        return "× " + Numbers.format(k, 3) + " = " + Numbers.parameter(v);
    }

    private static String power(double k, double v) {
        return "^" + Numbers.format(k, 3) + " = " + Numbers.parameter(v);
    }

    /**
     * Why an input leaves the total where it is: an innovation not active in the year; a law no active innovation
     * uses; a law used only by innovations that another active one is net of, so that their product, and so the
     * total, does not depend on it (it moves the split between them, and the share).
     */
    static Optional<String> why(Dataset d, Set<String> excluded, double year, Outcome low, Outcome high, Set<String> algorithms,
                                          Innovation innovation) {
        if (low.total().isEmpty() || high.total().isEmpty()) return Optional.empty();
        if (Math.abs(Math.log(high.total().getAsDouble()) - Math.log(low.total().getAsDouble())) > 1e-9) return Optional.empty();
        String y = String.format(Locale.ROOT, year == Math.rint(year) ? "%.0f" : "%.1f", year);
        if (innovation != null) {
            if (excluded.contains(innovation.id())) return Optional.of("no effect: switched off");
            if (innovation.year() > year) return Optional.of("no effect: not active until " + innovation.year());
        }
        if (!algorithms.isEmpty()) {
            List<Innovation.ScaleDependent> using = new ArrayList<>();
            for (Innovation i : d.innovations()) {
                if (i instanceof Innovation.ScaleDependent s && !excluded.contains(i.id()) && i.year() <= year
                        && (algorithms.contains(s.reference()) || algorithms.contains(s.candidate()))) {
                    using.add(s);
                }
            }
            if (using.isEmpty()) return Optional.of("no effect: no innovation active in " + y + " uses this law");
            List<String> netOf = new ArrayList<>();
            for (Innovation i : d.innovations()) {
                if (i instanceof Innovation.ScaleDependent s && !excluded.contains(i.id()) && i.year() <= year) {
                    for (Innovation.ScaleDependent u : using) if (s.netOf().contains(u.id())) netOf.add(s.name() + " is net of " + u.name());
                }
            }
            if (!netOf.isEmpty()) {
                return Optional.of("no effect on the total: " + String.join("; ", netOf)
                        + ", so their product does not depend on it (it moves the split between them, not the total)");
            }
        }
        return Optional.of("no effect on the total in " + y);
    }

    /** The paper's range for its figure: the exponent gap scaled from 0.75 to 1.25 in steps of 0.05. */
    public static final double[] GAP_SCALES = IntStream.rangeClosed(0, 10).mapToDouble(i -> 0.75 + 0.05 * i).toArray();

    /** The headline with the exponent gap of a scale-dependent innovation scaled by {@code scale}. */
    public record GapPoint(double scale, Outcome outcome) {
    }

    /**
     * The paper's sensitivity figure: the first scale-dependent innovation between two power laws (LSTM to Transformer
     * in the paper's model) has its exponent gap, alpha_candidate - alpha_reference, scaled by each of {@code scales}
     * (the candidate's exponent moves, the reference's stays); the headline at {@code year} for each. Empty when the
     * dataset has no such innovation.
     */
    public static List<GapPoint> exponentGap(Dataset d, Set<String> excluded, double year, double[] scales) {
        for (Innovation i : d.innovations()) {
            if (!(i instanceof Innovation.ScaleDependent s) || excluded.contains(i.id())) continue;
            Algorithm ref = d.algorithm(s.reference());
            Algorithm cand = d.algorithm(s.candidate());
            if (!(ref.law() instanceof PowerLaw r) || !(cand.law() instanceof PowerLaw c)) continue;
            double gap = c.alpha() - r.alpha();
            List<GapPoint> out = new ArrayList<>();
            for (double k : scales) {
                // a scaled gap that makes the exponent 0 or positive is no falling law: the headline is undefined there
                out.add(new GapPoint(k, outcome(x -> withLaw(d, cand, c.with(c.e(), c.a(), r.alpha() + k * gap)), excluded, 0, year)));
            }
            return out;
        }
        return List.of();
    }

    /** The innovation {@link #exponentGap} moves, by name, or empty. */
    public static Optional<String> gapInnovation(Dataset d, Set<String> excluded) {
        return d.innovations().stream().filter(i -> i instanceof Innovation.ScaleDependent s && !excluded.contains(i.id())
                && d.algorithm(s.reference()).law() instanceof PowerLaw && d.algorithm(s.candidate()).law() instanceof PowerLaw)
                .map(Innovation::name).findFirst();
    }

    private static Dataset withLaw(Dataset d, Algorithm a, ScalingLaw law) {
        return d.mapAlgorithm(a.id(), x -> x.withLaw(law));
    }

    /** A value the law or trend refuses (a growth of 1 or less, say) leaves the headline undefined there. */
    private static Outcome outcome(DoubleFunction<Dataset> with, Set<String> excluded, double value, double year) {
        try {
            return Outcome.of(with.apply(value), excluded, year);
        } catch (IllegalArgumentException e) {
            return new Outcome(OptionalDouble.empty(), OptionalDouble.empty());
        }
    }
}
