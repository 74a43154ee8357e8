package org.scalingexplorer.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compute amounts as people type and read them: {@code 3e24}, {@code 3x10^24}, {@code 3.00×10²⁴}, {@code 1 PF-day}, {@code 250 PF-days}. */
public final class ComputeText {
    /** One petaflop/s-day in FLOP: 1e15 FLOP/s for 86,400 s. */
    public static final double PF_DAY = 8.64e19;

    /** A mantissa (thousands separators allowed), an optional "x 10^n" (or a bare 10^n) and an optional unit. */
    private static final Pattern FORM = Pattern.compile(
            "\\s*(?:([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)"
                    + "(?:\\s*[x×*]\\s*10\\s*\\^\\s*([-+]?[0-9]{1,4}))?|10\\s*\\^\\s*([-+]?[0-9]{1,4}))\\s*"
                    + "(flops?|pf-?days?|petaflop(?:/s)?[- ]?days?)?\\s*",
            Pattern.CASE_INSENSITIVE);

    private ComputeText() {
    }

    /** Parses a positive, finite compute in FLOP; the message of the exception says what is accepted. */
    public static double parse(String text) {
        // what the screen shows (3.00×10²⁴, with a true minus sign) can be typed or pasted back
        Matcher m = text == null ? null : FORM.matcher(Numbers.unsuperscript(text).replace('\u2212', '-'));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a compute; expected e.g. 3e24, 3x10^24, 1 PF-day or 250 PF-days");
        }
        double value = m.group(3) != null ? Math.pow(10, Integer.parseInt(m.group(3))) : Double.parseDouble(m.group(1).replace(",", ""));
        if (m.group(2) != null) value *= Math.pow(10, Integer.parseInt(m.group(2)));
        if (m.group(4) != null && m.group(4).toLowerCase(Locale.ROOT).startsWith("p")) value *= PF_DAY;
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("'" + text + "' is not a positive, finite compute");
        }
        return value;
    }
}
