package org.scalingexplorer.model.fit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
}
