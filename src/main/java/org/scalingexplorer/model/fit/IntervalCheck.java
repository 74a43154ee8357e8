package org.scalingexplorer.model.fit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.scalingexplorer.model.Numbers;

/**
 * When a bootstrap interval means something (docs/science.md#intervals). A bootstrap over runs can only spread as far
 * as its runs differ: too few distinct runs, points or decades under a fit give resamples that repeat one value, and a
 * zero-width "95% interval" that says nothing. Such an interval is refused with the reason, never printed.
 */
public final class IntervalCheck {
    /** Distinct runs among the points a fit used: fewer give at most 2^k - 1 distinct resamples. */
    public static final int MIN_RUNS = 3;
    /** Points a fit used. */
    public static final int MIN_POINTS = 6;
    /** Decades of compute the fitted points span. */
    public static final double MIN_DECADES = 0.3;
    /** The share of resamples that may fail before the interval, resting on the ones that did not, is refused. */
    public static final double MAX_FAILED_SHARE = 0.10;
    /** Distinct values a parameter must take over the resamples. */
    public static final int MIN_DISTINCT = 5;

    private IntervalCheck() {
    }

    /** Why the data under a fit cannot give an interval, or empty when they can. */
    public static Optional<String> data(int runs, int points, double decades) {
        if (runs < MIN_RUNS) {
            return Optional.of(String.format(Locale.ROOT, "the fitted points come from %d run%s; an interval over runs needs at least %d",
                    runs, runs == 1 ? "" : "s", MIN_RUNS));
        }
        if (points < MIN_POINTS) return Optional.of(String.format(Locale.ROOT, "the fit rests on %d points; an interval needs at least %d", points, MIN_POINTS));
        if (!(decades >= MIN_DECADES)) {
            return Optional.of(String.format(Locale.ROOT, "the fitted points span %.2f decades of compute; an interval needs at least %.1f", decades, MIN_DECADES));
        }
        return Optional.empty();
    }

    /**
     * Why the resamples cannot give an interval, or empty when they can.
     *
     * @param draws each parameter's values over the resamples that succeeded
     */
    public static Optional<String> resamples(int requested, int failed, Map<String, double[]> draws) {
        if (requested == 0) return Optional.of("no bootstrap was asked for");
        if (failed > MAX_FAILED_SHARE * requested) {
            return Optional.of(String.format(Locale.ROOT, "%,d of %,d resamples could not be fitted (more than %.0f%%): an interval from the rest would "
                    + "leave out the resamples that disagree most", failed, requested, 100 * MAX_FAILED_SHARE));
        }
        for (var e : draws.entrySet()) {
            long distinct = Arrays.stream(e.getValue()).distinct().count();
            if (distinct < MIN_DISTINCT) {
                return Optional.of(String.format(Locale.ROOT, "the resamples repeat %d value%s of %s: the runs do not differ enough for an interval",
                        distinct, distinct == 1 ? "" : "s", e.getKey()));
            }
        }
        return Optional.empty();
    }

    /** An estimate this close to an end of its interval, as a share of the interval's width, is said to sit at it. */
    public static final double EDGE = 0.05;

    /**
     * Why an estimate sits at an end of its percentile interval or outside it, or empty when it sits well inside. A
     * percentile interval shows where the refits fell, and need not be centred on the estimate: the refits lean to one
     * side when resampling the data moves the fit one way more than the other.
     *
     * @param draws the parameter's values over the resamples, sorted or not
     * @param why   what makes this fit's refits lean, in a clause ("the lower envelope of fewer runs ...")
     */
    public static Optional<String> offCentre(String name, double estimate, Bootstrap.Interval i, double[] draws, String why) {
        double width = i.high() - i.low();
        if (!(width > 0) || draws.length == 0) return Optional.empty();
        boolean low = estimate < i.low() + EDGE * width;
        boolean high = estimate > i.high() - EDGE * width;
        if (!low && !high) return Optional.empty();
        long beyond = Arrays.stream(draws).filter(v -> low ? v > estimate : v < estimate).count();
        String where = estimate < i.low() || estimate > i.high() ? "outside" : "at the " + (low ? "low" : "high") + " end of";
        return Optional.of(String.format(Locale.ROOT, "%s's estimate %s sits %s its interval (%s to %s): %.0f%% of the refits gave %s %s; %s, "
                + "so the refits lean one way, and a percentile interval shows the lean rather than centring on the estimate",
                name, Numbers.parameter(estimate), where, Numbers.parameter(i.low()),
                Numbers.parameter(i.high()), 100.0 * beyond / draws.length, low ? "a larger" : "a smaller", name, why));
    }
}
