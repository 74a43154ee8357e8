package org.scalingexplorer.io;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Text for a terminal: C0 and C1 control characters (ESC, BEL, CR, ...) and the Unicode bidi controls (right-to-left
 * overrides and isolates) in names and file names are shown escaped ({@code \x1b}, {@code \u202e}), never sent raw,
 * so a name cannot move the cursor, ring, clear the screen or reorder what is printed around it. JSON escapes them by
 * itself; CSV, being data for programs, keeps them.
 */
public final class Printable {
    private Printable() {
    }

    /** {@code s} with every control escaped; {@code keepLines} keeps line feeds and tabs (a multi-line message). */
    public static String escape(String s, boolean keepLines) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean escaped = needsEscape(c) && !(keepLines && (c == '\n' || c == '\t'));
            if (escaped && b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (b == null) continue;
            if (!escaped) b.append(c);
            else if (c < 0x100) b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            else b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        return b == null ? s : b.toString();
    }

    /** A cell, a title or a name: every control escaped, line feeds too. */
    public static String escape(String s) {
        return escape(s, false);
    }

    static boolean needsEscape(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** A writer (standard error) that escapes what it passes on, keeping line feeds and tabs. */
    public static Writer escaping(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                write(String.valueOf((char) c));
            }

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                write(new String(buf, off, len));
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                String e = escape(s.substring(off, off + len), true);
                out.write(e, 0, e.length());
            }
        };
    }
}
