package org.scalingexplorer.ui.chart;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.control.TableColumn;

import org.scalingexplorer.model.Numbers;

/**
 * The order of a table column that shows numbers as text ("9×", "6,590×", "1.92×10⁷×", "1.67×/yr"): by the numbers,
 * not the characters ("10×" after "9×", "3.46×10¹⁹" before "1.00×10²²"). A text that shows no number ("—",
 * "unreachable") goes after every number, and such texts by their characters.
 */
public final class NumberOrder {
    /** What may follow the mantissa: a power of ten, "×10^n" (or "^n" after a bare 10), as {@link Numbers#unsuperscript} writes it. */
    private static final Pattern POWER = Pattern.compile("(×10)?\\^([-+]?[0-9]{1,4})");
    public static final Comparator<String> BY_NUMBER = Comparator.comparing(NumberOrder::value, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
            .thenComparing(Comparator.nullsLast(Comparator.<String>naturalOrder()));

    private NumberOrder() {
    }

    /** Sorts {@code column} by the numbers its texts show. */
    public static <S> void of(TableColumn<S, String> column) {
        column.setComparator(BY_NUMBER);
    }

    /** The number {@code text} starts with, as {@link Numbers} writes numbers; null when it starts with none. */
    static Double value(String text) {
        if (text == null) return null;
        String t = Numbers.unsuperscript(text.strip()).replace('\u2212', '-');
        ParsePosition at = new ParsePosition(0);
        // the screen's numbers: grouped by commas, a point for the decimals (as Numbers writes them, in the root locale)
        Number mantissa = NumberFormat.getNumberInstance(Locale.ROOT).parse(t, at);
        if (mantissa == null) return null;
        double v = mantissa.doubleValue();
        Matcher power = POWER.matcher(t).region(at.getIndex(), t.length());
        if (power.lookingAt()) {
            int exponent = Integer.parseInt(power.group(2));
            // "10^6" is a power itself, "1.92×10^7" a mantissa times one
            v = power.group(1) == null ? Math.pow(v, exponent) : v * Math.pow(10, exponent);
        }
        return Double.isFinite(v) ? v : null;
    }
}
