package org.scalingexplorer.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The one number style of the screen, the exports, the tables and the command line's text: a set number of
 * significant figures (3 unless the user picks another), thousands separators below 10^6 ({@code 130,953} reads
 * {@code 131,000}), and {@code 1.92×10⁷} with a superscript exponent from 10^6 up and below 10^-3. CSV and JSON keep
 * plain {@code e} notation at full precision and never come here; Copy keeps full precision too.
 */
public final class Numbers {
    public static final int DEFAULT_DIGITS = 3;
    public static final int MIN_DIGITS = 2;
    public static final int MAX_DIGITS = 6;
    /** Powers of ten at or above this are written with an exponent... */
    static final int HIGHEST_PLAIN = 5;
    /** ...and so are those below this. */
    static final int LOWEST_PLAIN = -3;
    /** What a value that is not a number reads as: never "NaN" or "Infinity". */
    public static final String NO_VALUE = "—";

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /**
     * The significant figures of each thread: no global to set and reset. The command line runs a command within
     * {@link #withDigits}; the window's thread follows the digits of the window's state; work handed to another
     * thread carries the digits it was handed over with ({@link #carrying}).
     */
    private static final ThreadLocal<int[]> DIGITS = ThreadLocal.withInitial(() -> new int[] {DEFAULT_DIGITS});

    private Numbers() {
    }

    /** The significant figures numbers are shown with on this thread. */
    public static int digits() {
        return DIGITS.get()[0];
    }

    /** Runs {@code work} with {@code n} significant figures on this thread, then restores what was. */
    public static <T> T withDigits(int n, Supplier<T> work) {
        int[] d = DIGITS.get();
        int was = d[0];
        d[0] = checked(n);
        try {
            return work.get();
        } finally {
            d[0] = was;
        }
    }

    /** {@code work}, run later on any thread, with the significant figures of this thread now. */
    public static Runnable carrying(Runnable work) {
        int n = digits();
        return () -> withDigits(n, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Sets this thread's significant figures until set again: for the one thread that shows one state's numbers (the
     * window's, following the state's digits). Everything else uses {@link #withDigits}.
     */
    public static void setThreadDigits(int n) {
        DIGITS.get()[0] = checked(n);
    }

    private static int checked(int n) {
        if (n < MIN_DIGITS || n > MAX_DIGITS) {
            throw new IllegalArgumentException("significant figures must be " + MIN_DIGITS + " to " + MAX_DIGITS + ", got " + n);
        }
        return n;
    }

    /** {@code v} in the number style at the user's significant figures. */
    public static String format(double v) {
        return format(v, digits());
    }

    /** {@code v} at {@code sig} significant figures (clamped to 1..17); {@value #NO_VALUE} for NaN and infinities. */
    public static String format(double v, int sig) {
        if (!Double.isFinite(v)) return NO_VALUE;
        if (v == 0) return "0";
        int n = Math.max(1, Math.min(17, sig));
        BigDecimal r = BigDecimal.valueOf(v).round(new MathContext(n, RoundingMode.HALF_UP));
        // the power of ten of the rounded value, so 999,999.6 becomes 1.00×10⁶ rather than 1,000,000
        int exp = r.precision() - r.scale() - 1;
        if (exp > HIGHEST_PLAIN || exp < LOWEST_PLAIN) {
            return r.movePointLeft(exp).setScale(n - 1, RoundingMode.HALF_UP).toPlainString() + "×10" + superscript(exp);
        }
        return grouped(r.setScale(Math.max(0, n - 1 - exp), RoundingMode.HALF_UP));
    }

    /** A fitted parameter: one figure more than other numbers (at least 4), as fit tables show them. */
    public static String parameter(double v) {
        return format(v, Math.max(4, digits()));
    }

    /** A multiplier such as a CEG, with its sign: {@code 259×}, {@code 1.92×10⁷×}. */
    public static String times(double m) {
        return Double.isFinite(m) ? format(m) + "×" : NO_VALUE;
    }

    /** A whole power of ten as a decade tick reads: {@code 0.001} to {@code 100,000} plainly, {@code 10⁶} beyond. */
    public static String decade(int exponent) {
        if (!plainDecade(exponent)) return "10" + superscript(exponent);
        return grouped(BigDecimal.ONE.scaleByPowerOfTen(exponent).setScale(Math.max(0, -exponent), RoundingMode.UNNECESSARY));
    }

    /** Whether {@link #decade} writes 10^exponent out in digits (0.001 to 100,000) rather than as a power. */
    public static boolean plainDecade(int exponent) {
        return exponent <= HIGHEST_PLAIN && exponent >= LOWEST_PLAIN;
    }

    /** {@code -12} as {@code ⁻¹²}. */
    public static String superscript(int n) {
        StringBuilder b = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) b.append(SUPERSCRIPTS.charAt(c - '0'));
        return b.toString();
    }

    /** Superscript digits and minus back to {@code ^-12}, so what the screen shows can be typed back in. */
    public static String unsuperscript(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2);
        boolean in = false;
        for (char c : text.toCharArray()) {
            int d = SUPERSCRIPTS.indexOf(c);
            boolean sup = d >= 0 || c == '⁻' || c == '⁺';
            if (sup && !in) b.append('^');
            in = sup;
            b.append(d >= 0 ? (char) ('0' + d) : c == '⁻' ? '-' : c == '⁺' ? '+' : c);
        }
        return b.toString();
    }

    /** One pattern per thread (a DecimalFormat is not thread-safe, and costly to build at every slider step). */
    private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(() -> {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f;
    });

    private static String grouped(BigDecimal v) {
        DecimalFormat f = GROUPED.get();
        f.setMinimumFractionDigits(Math.max(0, v.scale()));
        f.setMaximumFractionDigits(Math.max(0, v.scale()));
        return f.format(v);
    }
}
