package org.scalingexplorer.io.runs;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A pattern a user types to group runs by their file names (its first group names the algorithm). It runs on RE2/J:
 * matching takes time linear in the name whatever the pattern, so no pattern hangs the import (java.util.regex
 * backtracks for minutes on {@code ^((.*a){12})$}). What RE2 cannot run in bounded time, back-references such as
 * {@code \2} and look-arounds, is refused with the reason; so is a pattern over {@link #MAX_LENGTH} characters.
 */
public final class NamePattern {
    /** Longer than any pattern a file name needs; the compiled program stays small. */
    public static final int MAX_LENGTH = 500;

    private final Pattern pattern;

    private NamePattern(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * @param option how the pattern is named in a refusal ("--group", "the name pattern")
     * @throws IllegalArgumentException with what is wrong and where
     */
    public static NamePattern compile(String text, String option) {
        if (text == null || text.isEmpty()) throw new IllegalArgumentException(option + " is empty: give a pattern whose first group names the algorithm");
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(option + " is " + text.length() + " characters long; at most " + MAX_LENGTH + " are accepted");
        }
        refuseLargeRepetitions(text, option);
        Pattern p;
        try {
            p = Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            String why = e.getDescription();
            if (text.matches(".*\\\\[1-9].*")) why = "back-references such as \\1 are not supported (they can take time exponential in the name)";
            else if (text.contains("(?=") || text.contains("(?!") || text.contains("(?<")) why = "look-arounds are not supported; " + why;
            throw new IllegalArgumentException(option + " is not a pattern this app can run: " + why + " (" + text + ")");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(option + " is too large to run: " + e.getMessage());
        }
        if (p.groupCount() < 1) throw new IllegalArgumentException(option + " needs a group in parentheses: the algorithm's name (" + text + ")");
        return new NamePattern(p);
    }

    /** The largest count one repetition may ask for, and all of them together: RE2 compiles repetitions by copying. */
    static final int MAX_COUNT = 100;
    static final long MAX_COUNT_PRODUCT = 10_000;

    /**
     * Counted repetitions ({@code {n}}, {@code {n,m}}) make RE2's program as large as their counts multiplied when
     * they nest ({@code ((a{1000}){1000}){1000}} would take minutes and gigabytes to compile): each count is bounded,
     * and so is their product.
     */
    private static void refuseLargeRepetitions(String text, String option) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\\\)\\{(\\d{1,9})(?:,(\\d{0,9}))?}").matcher(text);
        long product = 1;
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            long count = m.group(2) == null || m.group(2).isEmpty() ? n : Math.max(n, Long.parseLong(m.group(2)));
            if (count > MAX_COUNT) {
                throw new IllegalArgumentException(option + " repeats something " + count + " times; at most " + MAX_COUNT + " are accepted (" + text + ")");
            }
            product *= Math.max(1, count);
            if (product > MAX_COUNT_PRODUCT) {
                throw new IllegalArgumentException(option + "'s repetitions multiply to more than " + MAX_COUNT_PRODUCT + " (" + text + ")");
            }
        }
    }

    /** The first group where the pattern is found in {@code name}; "" when it is not, or the group matched nothing. */
    public String group(String name) {
        Matcher m = pattern.matcher(name);
        return m.find() && m.group(1) != null ? m.group(1) : "";
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
