package org.scalingexplorer.cli;

import java.util.Locale;

/**
 * Arguments checked before any work starts: finite, in range, with the range in the message. A refused argument is
 * an {@link IllegalArgumentException}, which the command line reports on stderr with exit code 2.
 */
final class Check {
    /** Years the charts and reports cover; the frontier trend and the innovations are defined well inside it. */
    static final double FIRST_YEAR = 1950;
    static final double LAST_YEAR = 2100;
    /** Rows a year sweep may print: a century at a step of a hundredth of a year. */
    static final int MAX_ROWS = 10_000;
    /** Training compute the engine takes, in FLOP: far below any real run to far beyond any plan. */
    static final double MIN_COMPUTE = 1;
    static final double MAX_COMPUTE = 1e40;

    private Check() {
    }

    static double number(String option, double value, double lo, double hi, String unit) {
        if (!Double.isFinite(value) || value < lo || value > hi) {
            throw new IllegalArgumentException(option + " must be a number from " + fmt(lo) + " to " + fmt(hi) + unit + ", got " + fmt(value));
        }
        return value;
    }

    static int count(String option, int value, int lo, int hi) {
        if (value < lo || value > hi) {
            throw new IllegalArgumentException(option + " must be a whole number from " + String.format(Locale.ROOT, "%,d", lo) + " to "
                    + String.format(Locale.ROOT, "%,d", hi) + ", got " + value);
        }
        return value;
    }

    static double year(String option, double value) {
        return number(option, value, FIRST_YEAR, LAST_YEAR, "");
    }

    /** A year range {@code from..to}, in order, giving at most {@link #MAX_ROWS} rows at {@code step}. */
    static void years(String fromOption, double from, String toOption, double to, double step) {
        year(fromOption, from);
        year(toOption, to);
        if (to < from) throw new IllegalArgumentException(toOption + " (" + fmt(to) + ") must not be before " + fromOption + " (" + fmt(from) + ")");
        if ((to - from) / step + 1 > MAX_ROWS) {
            throw new IllegalArgumentException("from " + fmt(from) + " to " + fmt(to) + " at a step of " + fmt(step) + " would print "
                    + String.format(Locale.ROOT, "%,.0f", Math.floor((to - from) / step) + 1) + " rows; at most "
                    + String.format(Locale.ROOT, "%,d", MAX_ROWS) + " (use a larger --step)");
        }
    }

    /** A training compute, when given. */
    static Double compute(String option, Double value) {
        if (value != null) number(option, value, MIN_COMPUTE, MAX_COMPUTE, " FLOP");
        return value;
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        if (v == Math.rint(v) && Math.abs(v) < 1e7) return String.format(Locale.ROOT, "%.0f", v);
        return String.format(Locale.ROOT, "%.4g", v).replaceFirst("\\.?0+(e|$)", "$1").replace("e+", "e").replaceFirst("e(-?)0+(\\d)", "e$1$2");
    }
}
