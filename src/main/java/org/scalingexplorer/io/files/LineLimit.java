package org.scalingexplorer.io.files;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * A reader that refuses a physical line longer than a limit, before any CSV parser builds a record of it: a 63 MB
 * file of one row of 32 million cells would otherwise become 32 million strings (gigabytes of heap) within the file
 * limit. The refusal names the line.
 */
public final class LineLimit extends FilterReader {
    /** A line longer than the limit, with its number (1-based). */
    public static final class TooLong extends IOException {
        public final long line;
        public final int limit;

        TooLong(long line, int limit) {
            super(String.format(Locale.ROOT, "line %,d is longer than %,d characters", line, limit));
            this.line = line;
            this.limit = limit;
        }
    }

    private final int limit;
    private long line = 1;
    private int length;

    public LineLimit(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) count((char) c);
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n <= 0) return n;
        // where the current line starts, as an index into buf (before off when it began in an earlier read): one test per
        // character, the length measured at each line's end
        int start = off - length;
        int end = off + n;
        for (int i = off; i < end; i++) {
            if (buf[i] == '\n') {
                if (i - start > limit) throw new TooLong(line, limit);
                line++;
                start = i + 1;
            }
        }
        if (end - start > limit) throw new TooLong(line, limit);
        length = end - start;
        return n;
    }

    private void count(char c) throws TooLong {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (++length > limit) {
            throw new TooLong(line, limit);
        }
    }
}
