package org.scalingexplorer.model.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.Numbers;
import org.scalingexplorer.model.PowerLaw;

/**
 * Whether an innovation's gain depends on scale, judged from two frontier fits over the compute they share
 * (docs/science.md#verdict). The quantity is the CEG's growth per decade of compute over that range (the baseline
 * trains with C): {@code (CEG(hi) / CEG(lo))^(1 / decades)}, 1 for a constant gain. Its interval pairs resample i of
 * each fit (the two bootstraps are independent). Three outcomes:
 * <ul>
 * <li>{@code scale-dependent}: the 95% interval excludes 1;</li>
 * <li>{@code scale-invariant}: the whole interval lies within the equivalence margin {@code [1/m, m]} (two one-sided
 * tests at 2.5% each): a constant gain is shown, not merely not refuted;</li>
 * <li>{@code inconclusive}: neither, or no interval; the reason says what limits it and what would decide it.</li>
 * </ul>
 *
 * @param alphaInterval     the variant's alpha minus the baseline's, with its interval (empty without one)
 * @param range             the compute both frontiers were fitted over; empty when they do not overlap
 * @param cegLow            the variant's CEG over the baseline at the low end of the range
 * @param cegHigh           the same at the high end
 * @param perDecade         the CEG's growth per decade over the range
 * @param perDecadeInterval its percentile interval; empty when refused ({@code ciReason} says why)
 * @param failedResamples   paired resamples whose CEG could not be measured at an end of the range
 */
public record ScaleDependence(Verdict verdict, String reason, double alphaDifference, Optional<Bootstrap.Interval> alphaInterval,
                              Optional<ComputeRange> range, OptionalDouble cegLow, OptionalDouble cegHigh, OptionalDouble perDecade,
                              Optional<Bootstrap.Interval> perDecadeInterval, Optional<String> ciReason, double margin, int failedResamples) {

    /**
     * The default equivalence margin, a factor per decade: a CEG that changes by less than 10% per decade of compute.
     * Over the one to three decades a study spans that is less than the smaller constant multipliers the paper stacks
     * (1.02-1.15), and in log terms about a seventh of the LSTM to Transformer effect (1.9x per decade).
     */
    public static final double DEFAULT_MARGIN = 1.10;
    /** The largest margin accepted: beyond it "invariant" would say nothing. */
    public static final double MAX_MARGIN = 10;

    public enum Verdict {
        SCALE_DEPENDENT("scale-dependent"), SCALE_INVARIANT("scale-invariant"), INCONCLUSIVE("inconclusive");

        public final String word;

        Verdict(String word) {
            this.word = word;
        }
    }

    public static ScaleDependence of(Frontier.Result baseline, Frontier.Result variant, double level) {
        return of(baseline, variant, level, DEFAULT_MARGIN);
    }

    public static ScaleDependence of(Frontier.Result baseline, Frontier.Result variant, double level, double margin) {
        if (!(margin > 1 && margin <= MAX_MARGIN)) {
            throw new IllegalArgumentException("--margin must be a factor per decade above 1 and at most " + (int) MAX_MARGIN + ", got " + margin);
        }
        double diff = variant.parameters().get("alpha") - baseline.parameters().get("alpha");
        double lo = Math.max(baseline.points().compute()[0], variant.points().compute()[0]);
        double hi = Math.min(last(baseline), last(variant));
        if (!(lo < hi)) {
            return new ScaleDependence(Verdict.INCONCLUSIVE, "the two frontiers share no compute range, so their CEG is measured nowhere; fit both over "
                    + "a common window", diff, Optional.empty(), Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), Optional.empty(), Optional.of("no shared compute"), margin, 0);
        }
        ComputeRange range = new ComputeRange(lo, hi);
        double decades = Math.log10(hi / lo);
        OptionalDouble cLow = Ceg.between(baseline.law(), variant.law(), Anchor.REFERENCE, lo).ceg();
        OptionalDouble cHigh = Ceg.between(baseline.law(), variant.law(), Anchor.REFERENCE, hi).ceg();
        OptionalDouble pd = cLow.isPresent() && cHigh.isPresent()
                ? OptionalDouble.of(Math.pow(cHigh.getAsDouble() / cLow.getAsDouble(), 1 / decades)) : OptionalDouble.empty();

        // the paired resamples
        int n = Math.min(baseline.samples().size(), variant.samples().size());
        List<Double> alphaDraws = new ArrayList<>();
        List<Double> pdDraws = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < n; i++) {
            Map<String, Double> b = baseline.samples().get(i);
            Map<String, Double> v = variant.samples().get(i);
            alphaDraws.add(v.get("alpha") - b.get("alpha"));
            OptionalDouble g = growth(b, v, lo, hi);
            if (g.isPresent()) pdDraws.add(g.getAsDouble());
            else failed++;
        }
        Optional<String> ciReason;
        if (baseline.ciReason().isPresent()) ciReason = Optional.of("the baseline's fit has no interval: " + baseline.ciReason().get());
        else if (variant.ciReason().isPresent()) ciReason = Optional.of("the variant's fit has no interval: " + variant.ciReason().get());
        else if (pd.isEmpty()) ciReason = Optional.of("the CEG cannot be measured at the ends of the shared range");
        else ciReason = IntervalCheck.resamples(n, failed, Map.of("the growth per decade", sorted(pdDraws)));
        Optional<Bootstrap.Interval> alphaInterval = Optional.empty();
        Optional<Bootstrap.Interval> pdInterval = Optional.empty();
        if (ciReason.isEmpty()) {
            double[] a = sorted(alphaDraws);
            double[] g = sorted(pdDraws);
            alphaInterval = Optional.of(new Bootstrap.Interval(diff, Bootstrap.percentile(a, (1 - level) / 2), Bootstrap.percentile(a, 1 - (1 - level) / 2)));
            pdInterval = Optional.of(new Bootstrap.Interval(pd.getAsDouble(), Bootstrap.percentile(g, (1 - level) / 2), Bootstrap.percentile(g, 1 - (1 - level) / 2)));
        }
        Verdict verdict;
        String reason;
        String span = String.format(Locale.ROOT, "the %.2f decades the frontiers share (%s to %s FLOP)", decades, Numbers.format(lo), Numbers.format(hi));
        if (pd.isEmpty()) {
            verdict = Verdict.INCONCLUSIVE;
            reason = "the CEG cannot be measured at the ends of " + span + ": one law never reaches the other's loss there";
        } else if (pdInterval.isEmpty()) {
            verdict = Verdict.INCONCLUSIVE;
            reason = String.format(Locale.ROOT, "no interval for the growth per decade (%s): a CEG of %s at %s FLOP and %s at %s FLOP cannot be told from noise "
                            + "without one; it would take at least %d runs on each frontier, over at least %.1f decades, and a bootstrap", ciReason.get(),
                    Numbers.times(cLow.getAsDouble()), Numbers.format(lo), Numbers.times(cHigh.getAsDouble()), Numbers.format(hi), IntervalCheck.MIN_RUNS,
                    IntervalCheck.MIN_DECADES);
        } else {
            Bootstrap.Interval i = pdInterval.get();
            // the numbers themselves are in perDecade and in describe(): the reason says what they mean
            String ci = String.format(Locale.ROOT, "the %.0f%% interval of the CEG's growth per decade", 100 * level);
            if (i.low() > 1 || i.high() < 1) {
                verdict = Verdict.SCALE_DEPENDENT;
                reason = ci + " excludes 1 over " + span;
            } else if (i.low() >= 1 / margin && i.high() <= margin) {
                verdict = Verdict.SCALE_INVARIANT;
                reason = ci + String.format(Locale.ROOT, " lies wholly within the equivalence margin %s to %s over %s", Numbers.times(1 / margin),
                        Numbers.times(margin), span);
            } else {
                verdict = Verdict.INCONCLUSIVE;
                reason = ci + String.format(Locale.ROOT, " contains 1 but reaches beyond the margin %s to %s: the runs cannot tell over %s. %s",
                        Numbers.times(1 / margin), Numbers.times(margin), span, whatWouldDecide(pd.getAsDouble(), i, margin, decades, lo,
                                Math.max(baseline.runs(), variant.runs())));
            }
        }
        return new ScaleDependence(verdict, reason, diff, alphaInterval, Optional.of(range), cLow, cHigh, pd, pdInterval, ciReason, margin, failed);
    }

    /**
     * A rough estimate of what would narrow the interval enough for either outcome: its half-width (in log) must
     * fall below the distance from 1 (to show dependence) or below the margin less that distance (to show
     * invariance). A slope's error falls as the span to the power 3/2 at a fixed density of points, and as the
     * square root of the number of runs.
     */
    static String whatWouldDecide(double pd, Bootstrap.Interval i, double margin, double decades, double lo, int runs) {
        double h = Math.max(Math.log(i.high() / pd), Math.log(pd / i.low()));
        double d = Math.abs(Math.log(pd));
        double m = Math.log(margin);
        double shrink = Math.max(d / h, (m - d) / h);
        if (!(shrink > 0.02)) {
            return "The estimate sits on the margin's edge: only a much narrower interval would decide it.";
        }
        double span = decades * Math.pow(shrink, -2.0 / 3);
        double more = 1 / (shrink * shrink);
        return String.format(Locale.ROOT, "By a rough estimate, frontiers sharing about %.1f decades (reaching about %s FLOP from %s) or about %s times as many "
                + "runs (%s instead of %d) would decide it.", span, Numbers.format(lo * Math.pow(10, span)), Numbers.format(lo), Numbers.format(more),
                Numbers.format(Math.ceil(runs * more)), runs);
    }

    /** The CEG's growth per decade between {@code lo} and {@code hi} for one pair of resampled laws; empty when it cannot be measured. */
    static OptionalDouble growth(Map<String, Double> b, Map<String, Double> v, double lo, double hi) {
        try {
            PowerLaw bl = new PowerLaw(b.get("E"), b.get("A"), b.get("alpha"));
            PowerLaw vl = new PowerLaw(v.get("E"), v.get("A"), v.get("alpha"));
            OptionalDouble l = Ceg.between(bl, vl, Anchor.REFERENCE, lo).ceg();
            OptionalDouble h = Ceg.between(bl, vl, Anchor.REFERENCE, hi).ceg();
            if (l.isEmpty() || h.isEmpty()) return OptionalDouble.empty();
            double g = Math.pow(h.getAsDouble() / l.getAsDouble(), 1 / Math.log10(hi / lo));
            return Double.isFinite(g) && g > 0 ? OptionalDouble.of(g) : OptionalDouble.empty();
        } catch (IllegalArgumentException e) {
            return OptionalDouble.empty();
        }
    }

    private static double[] sorted(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double last(Frontier.Result r) {
        return r.points().compute()[r.points().size() - 1];
    }

    /** The decades of the shared range; NaN without one. */
    public double decades() {
        return range.map(r -> Math.log10(r.max() / r.min())).orElse(Double.NaN);
    }

    public boolean scaleDependent() {
        return verdict == Verdict.SCALE_DEPENDENT;
    }

    /**
     * The verdict in words, with the CEG at both ends of the range: "inconclusive: CEG 8.27× at 1.00×10¹⁶ FLOP to
     * 12.4× at 4.14×10¹⁶ FLOP (1.90× per decade, 95% interval 0.81× to 4.6×); the interval ...".
     */
    public String describe() {
        StringBuilder b = new StringBuilder(verdict.word).append(": ");
        if (range.isPresent() && cegLow.isPresent() && cegHigh.isPresent()) {
            b.append("CEG ").append(Numbers.times(cegLow.getAsDouble())).append(" at ").append(Numbers.format(range.get().min())).append(" FLOP to ")
                    .append(Numbers.times(cegHigh.getAsDouble())).append(" at ").append(Numbers.format(range.get().max())).append(" FLOP (")
                    .append(Numbers.times(perDecade.getAsDouble())).append(" per decade")
                    .append(perDecadeInterval.map(i -> ", 95% interval " + Numbers.times(i.low()) + " to " + Numbers.times(i.high())).orElse(", no interval"))
                    .append("); ");
        }
        return b.append(reason).toString();
    }
}
