package org.scalingexplorer.ui.runs;

import java.util.Locale;

import org.scalingexplorer.model.ComputeRange;
import org.scalingexplorer.model.ComputeText;
import org.scalingexplorer.model.Numbers;

/** Small helpers of the runs window's view models: ids from names, multipliers as text, a compute window from its two fields. */
final class Ids {
    private Ids() {
    }

    /** A name as an id: lower case, letters and digits, runs of anything else as one hyphen. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "runs" : s.length() > 40 ? s.substring(0, 40) : s;
    }

    /** A multiplier for reading, with its sign: {@code 2.00×}, {@code 259×}. */
    static String times(double m) {
        return Numbers.format(m) + "\u00d7";
    }

    /** The window from its two fields, e.g. "1e16" and "5e17". */
    static ComputeRange window(String low, String high) {
        double lo;
        double hi;
        try {
            lo = ComputeText.parse(low.trim());
            hi = ComputeText.parse(high.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("the compute window needs two computes in FLOP, such as 1e16 and 5e17");
        }
        if (!(lo > 0 && lo < hi)) throw new IllegalArgumentException("the compute window must go from a lower to a higher compute above 0");
        return new ComputeRange(lo, hi);
    }
}
