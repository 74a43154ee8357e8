package org.scalingexplorer.io.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** LineLimit against the lines counted a second way: the text split at its newlines. */
class LineLimitTest {
    /** Hands out the text a few characters at a time, so that lines run across reads. */
    static Reader trickle(String text, Random rnd) {
        return new StringReader(text) {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                return super.read(buf, off, Math.min(len, 1 + rnd.nextInt(7)));
            }
        };
    }

    /** The first line (1-based) longer than {@code limit}, or 0. */
    static long firstTooLong(String text, int limit) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].length() > limit) return i + 1;
        return 0;
    }

    @Test
    void refusesTheFirstLineLongerThanTheLimitAndPassesEverythingElseWhole() throws IOException {
        Random rnd = new Random(7);
        int refused = 0;
        for (int round = 0; round < 2000; round++) {
            int limit = 1 + rnd.nextInt(12);
            StringBuilder text = new StringBuilder();
            int length = rnd.nextInt(80);
            for (int i = 0; i < length; i++) text.append(rnd.nextInt(limit + 2) == 0 ? '\n' : (char) ('a' + rnd.nextInt(26)));
            String t = text.toString();
            long expected = firstTooLong(t, limit);
            LineLimit r = new LineLimit(trickle(t, rnd), limit);
            if (expected == 0) {
                StringBuilder out = new StringBuilder();
                char[] buf = new char[16];
                for (int n; (n = r.read(buf, 0, buf.length)) > 0; ) out.append(buf, 0, n);
                assertEquals(t, out.toString());
            } else {
                LineLimit.TooLong e = assertThrows(LineLimit.TooLong.class, () -> r.transferTo(Writer.nullWriter()));
                assertEquals(expected, e.line, t);
                refused++;
            }
        }
        assertEquals(true, refused > 200 && refused < 1800, "both outcomes are exercised: " + refused);
    }

    @Test
    void aLineOfExactlyTheLimitPassesAndOneMoreIsRefusedNamingItsLine() throws IOException {
        new LineLimit(new StringReader("abc\nabcd\nab"), 4).transferTo(Writer.nullWriter());
        LineLimit.TooLong e = assertThrows(LineLimit.TooLong.class,
                () -> new LineLimit(new StringReader("abc\nabcd\nabcde\n"), 4).transferTo(Writer.nullWriter()));
        assertEquals(3, e.line);
        assertEquals("line 3 is longer than 4 characters", e.getMessage());
    }

    @Test
    void charactersReadOneByOneAreCountedToo() {
        LineLimit r = new LineLimit(new StringReader("ab\nabc"), 2);
        LineLimit.TooLong e = assertThrows(LineLimit.TooLong.class, () -> {
            while (r.read() >= 0) {
                // reading
            }
        });
        assertEquals(2, e.line);
    }
}
