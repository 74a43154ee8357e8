package org.scalingexplorer.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compute amounts as people type and read them: {@code 3e24}, {@code 3x10^24}, {@code 1 PF-day}, {@code 250 PF-days}. */
public final class ComputeText {
    /** One petaflop/s-day in FLOP: 1e15 FLOP/s for 86,400 s. */
    public static final double PF_DAY = 8.64e19;

    private static final Pattern FORM = Pattern.compile(
            "\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(?:[x×*]\\s*10\\s*\\^\\s*([-+]?[0-9]+))?\\s*"
                    + "(flops?|pf-?days?|petaflop(?:/s)?[- ]?days?)?\\s*",
            Pattern.CASE_INSENSITIVE);

    private ComputeText() {
    }

    /** Parses a positive, finite compute in FLOP; the message of the exception says what is accepted. */
    public static double parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a compute; expected e.g. 3e24, 3x10^24, 1 PF-day or 250 PF-days");
        }
        double value = Double.parseDouble(m.group(1));
        if (m.group(2) != null) value *= Math.pow(10, Integer.parseInt(m.group(2)));
        if (m.group(3) != null && m.group(3).toLowerCase(Locale.ROOT).startsWith("p")) value *= PF_DAY;
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("'" + text + "' is not a positive, finite compute");
        }
        return value;
    }

    /** {@code 1.00e22}: three significant digits in scientific notation. */
    public static String format(double compute) {
        return tidyExponent(String.format(Locale.ROOT, "%.2e", compute));
    }

    /** {@code 3.66e+06} to {@code 3.66e6}, {@code 1.0e-05} to {@code 1.0e-5}. */
    private static String tidyExponent(String s) {
        return s.replace("e+", "e").replaceAll("e(-?)0+(\\d)", "e$1$2");
    }

    /** A multiplier for reading: {@code 259}, {@code 1.33}, {@code 0.0412}, {@code 2.19e9}. */
    public static String multiplier(double m) {
        double abs = Math.abs(m);
        if (abs >= 1e6 || (abs > 0 && abs < 1e-3)) return tidyExponent(String.format(Locale.ROOT, "%.3g", m));
        if (abs >= 100) return String.format(Locale.ROOT, "%.0f", m);
        return String.format(Locale.ROOT, "%.3g", m);
    }
}
