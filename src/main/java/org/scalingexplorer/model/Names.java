package org.scalingexplorer.model;

import java.util.Comparator;

/**
 * Names as the app keeps and shows them. A name is read from a file someone else wrote (a dataset, a workspace, a
 * run's file name) and then appears on screen, in documents and on terminals, where a control character acts
 * instead of showing: BEL rings, ESC recolours a terminal, a line feed breaks a table row, a right-to-left override
 * reverses the rest of the message it sits in, and XML 1.0 forbids most of them outright. None of them means
 * anything in a name, so names hold them as visible symbols from the moment they are read: C0 controls as the
 * Unicode control pictures (BEL as ␇, ESC as ␛, a line feed as ␊), DEL as ␡, C1 controls, lone surrogates, the
 * noncharacters U+FFFE/U+FFFF and the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) as
 * U+FFFD. Everything else, right-to-left letters and the left/right-to-left marks included, stays. Applying it
 * twice changes nothing.
 */
public final class Names {
    private Names() {
    }

    /** {@code s} with every control shown as a symbol; {@code null} stays {@code null}. */
    public static String visible(String s) {
        return visible(s, false);
    }

    /** The same for text of several lines (a description): line feeds and tabs are kept. */
    public static String visibleLines(String s) {
        return visible(s, true);
    }

    private static String visible(String s, boolean keepLines) {
        if (s == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean replace = acts(s, i) && !(keepLines && (c == '\n' || c == '\t'));
            if (replace && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            if (b == null) continue;
            if (!replace) b.append(c);
            else if (c < 0x20) b.append((char) (0x2400 + c));
            else if (c == 0x7F) b.append('\u2421');
            else b.append('\uFFFD');
        }
        return b == null ? s : b.toString();
    }

    /** Whether the char at {@code i} would act rather than show. */
    private static boolean acts(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) return true;
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) return true;
        if (Character.isHighSurrogate(c)) return !(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
        if (Character.isLowSurrogate(c)) return !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
        return false;
    }

    /** Texts in the order people count: digits compared as numbers, so 32_modern comes before 128_modern. */
    public static final Comparator<String> NATURAL = Names::natural;

    private static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                // compare the runs of digits as numbers of any length: without leading zeros, longer is larger
                String p = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String q = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = p.length() != q.length() ? Integer.compare(p.length(), q.length()) : p.compareTo(q);
                if (c != 0) return c;
            } else {
                if (x != y) return Character.compare(x, y);
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }
}
