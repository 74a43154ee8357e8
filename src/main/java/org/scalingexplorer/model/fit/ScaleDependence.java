package org.scalingexplorer.model.fit;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

import org.scalingexplorer.model.Anchor;
import org.scalingexplorer.model.Ceg;
import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.PowerLaw;

/**
 * Whether an innovation's gain depends on scale, from two frontier fits: the difference of their exponents with
 * its bootstrap interval (resample i of each, the two bootstraps being independent), and a verdict. Scale-invariant
 * when the interval contains 0, the CEG then about constant; scale-dependent otherwise, the CEG growing by a factor
 * per decade of compute. The verdict rests on the compute range both fits cover.
 *
 * @param alphaDifference variant's alpha minus the baseline's, with its interval (empty without bootstraps)
 * @param range           the compute both frontiers were fitted over; empty when they do not overlap
 * @param cegLow          the variant's CEG over the baseline (the baseline trains with C) at the low end of the range
 * @param cegHigh         the same at the high end
 * @param perDecade       (cegHigh / cegLow)^(1 / decades of the range)
 */
public record ScaleDependence(double alphaDifference, Optional<Bootstrap.Interval> interval, Optional<ComputeRange> range,
                              OptionalDouble cegLow, OptionalDouble cegHigh, OptionalDouble perDecade, boolean scaleDependent) {

    static final double EPSILON = 1e-9;

    public static ScaleDependence of(Frontier.Result baseline, Frontier.Result variant, double level) {
        double diff = variant.parameters().get("alpha") - baseline.parameters().get("alpha");
        Optional<Bootstrap.Interval> interval = Optional.empty();
        int n = Math.min(baseline.samples().size(), variant.samples().size());
        if (n > 0) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) d[i] = variant.samples().get(i).get("alpha") - baseline.samples().get(i).get("alpha");
            Arrays.sort(d);
            interval = Optional.of(new Bootstrap.Interval(diff, Bootstrap.percentile(d, (1 - level) / 2), Bootstrap.percentile(d, 1 - (1 - level) / 2)));
        }
        double lo = Math.max(baseline.points().compute()[0], variant.points().compute()[0]);
        double hi = Math.min(last(baseline), last(variant));
        Optional<ComputeRange> range = lo < hi ? Optional.of(new ComputeRange(lo, hi)) : Optional.empty();
        OptionalDouble cLow = OptionalDouble.empty();
        OptionalDouble cHigh = OptionalDouble.empty();
        OptionalDouble perDecade = OptionalDouble.empty();
        if (range.isPresent()) {
            PowerLaw b = baseline.law();
            PowerLaw v = variant.law();
            cLow = Ceg.between(b, v, Anchor.REFERENCE, lo).ceg();
            cHigh = Ceg.between(b, v, Anchor.REFERENCE, hi).ceg();
            if (cLow.isPresent() && cHigh.isPresent()) {
                perDecade = OptionalDouble.of(Math.pow(cHigh.getAsDouble() / cLow.getAsDouble(), 1 / Math.log10(hi / lo)));
            }
        }
        // differences of exponents under 1e-9 are rounding, not scale dependence
        boolean dependent = interval.map(i -> i.low() > EPSILON || i.high() < -EPSILON).orElse(Math.abs(diff) > EPSILON);
        return new ScaleDependence(diff, interval, range, cLow, cHigh, perDecade, dependent);
    }

    private static double last(Frontier.Result r) {
        return r.points().compute()[r.points().size() - 1];
    }

    /** For reports: the verdict in words. */
    public String verdict() {
        if (!scaleDependent) {
            return "scale-invariant: the exponents' difference " + interval.map(i -> "interval contains 0").orElse("is 0")
                    + (cegLow.isPresent() ? "; CEG about " + org.scalingexplorer.model.Numbers.format(Math.sqrt(cegLow.getAsDouble() * cegHigh.orElse(cegLow.getAsDouble()))) : "");
        }
        return "scale-dependent" + (perDecade.isPresent() ? ": the CEG grows " + org.scalingexplorer.model.Numbers.format(perDecade.getAsDouble()) + "-fold per decade of compute" : "");
    }

}
