package org.scalingexplorer.io.files;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;

/**
 * Opens every file a user hands the app (dataset, runs CSV, Epoch CSV, workspace) the same way, so each refusal
 * says the same thing in the same words wherever it comes from: does not exist, is a folder, no permission, not a
 * regular file (a FIFO or a device would block or never end), too big, not UTF-8 (with the byte offset, line and
 * column). What it returns is bounded: it never gives more than the limit, even for a file that grows while read.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * Checks {@code file} and opens it as UTF-8 text of at most {@code maxBytes}: a UTF-8 byte-order mark is skipped,
     * UTF-16 is refused, and malformed UTF-8 (overlong forms, encoded surrogates, truncated sequences) stops the read
     * with its place. Read errors surface as {@link IOException}s that {@link #problem} turns into messages.
     *
     * @param expected what the file should be, for messages ("a dataset", "a CSV of runs")
     */
    public static InputStream openText(Path file, long maxBytes, String expected) throws InputException {
        return open(file, maxBytes, expected, true);
    }

    /**
     * {@link #openText} as characters, for the CSV readers: the same checks and refusals, but the bytes are checked by
     * the JDK's strict UTF-8 decoder as it decodes them rather than byte by byte beforehand (a second pass over a
     * cold 4 MB file took a sixth of {@code trend}'s time). Where the decoder finds malformed UTF-8, the file is read
     * again, byte by byte, to say where.
     *
     * @param progress told how far through the file reading has got (0 to 1), or null
     */
    public static Reader openReader(Path file, long maxBytes, String expected, DoubleConsumer progress) throws InputException {
        InputStream in = open(file, maxBytes, expected, false);
        if (progress != null) in = new ProgressInputStream(in, bytesOf(file), progress);
        return new StrictText(file, maxBytes, expected, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), 1 << 16));
    }

    private static InputStream open(Path file, long maxBytes, String expected, boolean scan) throws InputException {
        String name = file.toString();
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw new InputException(name, "does not exist; expected " + expected);
        } catch (IOException e) {
            throw new InputException(name, "cannot be read: " + reason(e));
        }
        if (a.isDirectory()) throw new InputException(name, "is a folder; expected " + expected + " (a file)");
        if (!a.isRegularFile()) {
            throw new InputException(name, "is not a regular file (a FIFO, a device or a socket); expected " + expected + " (a file)");
        }
        if (a.size() > maxBytes) {
            throw new InputException(name, "is too big: " + size(a.size()) + ", over the limit of " + size(maxBytes) + " for " + expected);
        }
        try {
            return new Utf8Check(new Limited(Files.newInputStream(file), maxBytes, expected), scan);
        } catch (IOException e) {
            throw new InputException(name, "cannot be read: " + reason(e));
        }
    }

    private static long bytesOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Passes the decoder's refusal on as {@link NotUtf8}, with the place found by reading the file again. */
    private static final class StrictText extends FilterReader {
        private final Path file;
        private final long maxBytes;
        private final String expected;

        StrictText(Path file, long maxBytes, String expected, Reader in) {
            super(in);
            this.file = file;
            this.maxBytes = maxBytes;
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (CharacterCodingException e) {
                throw place();
            }
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            try {
                return super.read(buf, off, len);
            } catch (CharacterCodingException e) {
                throw place();
            }
        }

        private IOException place() {
            if (Files.isRegularFile(file)) {
                try (InputStream again = new Utf8Check(new Limited(Files.newInputStream(file), maxBytes, expected), true)) {
                    again.transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    return e;
                }
            }
            return new NotUtf8("a malformed character; the file changed while it was read", -1, 0, 0);
        }
    }

    /** Reads the whole of {@link #openText} into a string. */
    public static String readText(Path file, long maxBytes, String expected) throws InputException {
        try (InputStream in = openText(file, maxBytes, expected)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw problem(file.toString(), e);
        }
    }

    /** What a file that is not regular is, in words: a FIFO, a character or block device, a socket, a link to nothing. */
    public static String kind(Path f) {
        try {
            if (Files.isSymbolicLink(f) && !Files.exists(f)) return "a link to nothing";
            Object mode = Files.getAttribute(f, "unix:mode");
            return switch (mode instanceof Integer m ? m & 0170000 : 0) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a FIFO, a device or a socket";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a FIFO, a device or a socket";
        }
    }

    /** The message a reader gives for an {@link IOException} met while reading {@code file}, with its place when known. */
    public static InputException problem(String file, IOException e) {
        if (e instanceof NotUtf8 u && u.offset < 0) {
            return new InputException(file, List.of(new Problem(file, 0, 0, "", "is not UTF-8 text (" + u.getMessage() + "); expected UTF-8")));
        }
        if (e instanceof NotUtf8 u) {
            return new InputException(file, List.of(new Problem(file, u.line, u.column, "",
                    "is not UTF-8 text at byte " + u.offset + " (" + u.getMessage() + "); expected UTF-8")));
        }
        if (e instanceof TooBig t) return new InputException(file, t.getMessage());
        return new InputException(file, "cannot be read: " + reason(e));
    }

    /** The same for an {@link UncheckedIOException} thrown through a library's iterator (Commons CSV). */
    public static InputException problem(String file, UncheckedIOException e) {
        return problem(file, e.getCause());
    }

    /** An I/O failure in words, without Java class names. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "it does not exist";
        if (e instanceof AccessDeniedException) return "no permission to read it";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason().toLowerCase(Locale.ROOT);
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    static String size(long bytes) {
        if (bytes >= 1024L * 1024) return String.format(Locale.ROOT, "%,.1f MiB", bytes / (1024.0 * 1024));
        if (bytes >= 1024) return String.format(Locale.ROOT, "%,.1f KiB", bytes / 1024.0);
        return bytes + " bytes";
    }

    /** Malformed UTF-8 at a place in the file. */
    public static final class NotUtf8 extends IOException {
        final long offset;
        final int line;
        final int column;

        NotUtf8(String what, long offset, int line, int column) {
            super(what);
            this.offset = offset;
            this.line = line;
            this.column = column;
        }
    }

    /** More bytes than the limit: the file grew while it was read. */
    public static final class TooBig extends IOException {
        TooBig(String message) {
            super(message);
        }
    }

    /** Gives at most {@code limit} bytes; one more is an error rather than a silently cut file. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private final String expected;
        private long read;

        Limited(InputStream in, long limit, String expected) {
            super(in);
            this.limit = limit;
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++read > limit) throw tooBig();
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (read += n) > limit) throw tooBig();
            return n;
        }

        private TooBig tooBig() {
            return new TooBig("is too big: more than the limit of " + size(limit) + " for " + expected + " (it grew while being read)");
        }
    }

    /**
     * Passes UTF-8 through, checking every byte as it goes (RFC 3629: shortest forms only, no surrogates, nothing
     * above U+10FFFF), counting lines and columns (in characters) for messages; without {@code scan}, only the first
     * bytes. A leading byte-order mark is dropped; a UTF-16 one, or a NUL among the first two bytes, is UTF-16 and refused.
     */
    static final class Utf8Check extends FilterInputStream {
        private long offset;
        private int line = 1;
        private int column = 1;
        /** Continuation bytes still expected, and the bounds of the next one (they narrow after E0, ED, F0, F4). */
        private int pending;
        private int lo = 0x80;
        private int hi = 0xBF;
        private long charStart;
        private final byte[] head = new byte[3];
        private int headLen = -1;
        private int headPos;
        /** Whether every byte is checked, or only the first ones (the caller's decoder checks the rest). */
        private final boolean scan;

        Utf8Check(InputStream in, boolean scan) {
            super(in);
            this.scan = scan;
        }

        /** Reads the first bytes, deals with a byte-order mark, and keeps what remains to be given out. */
        private void start() throws IOException {
            int n = in.readNBytes(head, 0, 3);
            headLen = n;
            if (n >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
                throw new NotUtf8("a UTF-16 byte-order mark: the file is UTF-16", 0, 1, 1);
            }
            if (n >= 2 && (head[0] == 0 || head[1] == 0)) throw new NotUtf8("a NUL byte: the file looks like UTF-16", head[0] == 0 ? 0 : 1, 1, 1);
            if (n == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
                headPos = 3;
                offset = 3;
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (headLen < 0) start();
            if (len == 0) return 0;
            int n;
            if (headPos < headLen) {
                n = Math.min(len, headLen - headPos);
                System.arraycopy(head, headPos, buf, off, n);
                headPos += n;
            } else {
                n = in.read(buf, off, len);
            }
            if (!scan) return n;
            if (n < 0) {
                if (pending > 0) throw new NotUtf8("the file ends inside a character", charStart, line, column);
                return -1;
            }
            int end = off + n;
            for (int i = off; i < end; i++) {
                int b = buf[i];
                if (b >= 0 && pending == 0) { // ASCII, most of any file: kept out of check's branches
                    offset++;
                    if (b == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                } else {
                    check(b & 0xFF);
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipping would pass bytes unchecked
            byte[] b = new byte[(int) Math.min(n, 8192)];
            int r = read(b, 0, b.length);
            return Math.max(r, 0);
        }

        private void check(int b) throws NotUtf8 {
            if (pending > 0) {
                if (b < lo || b > hi) {
                    String why = (lo != 0x80 || hi != 0xBF) && b >= 0x80 && b <= 0xBF ? "an overlong form, an encoded surrogate or a code point above U+10FFFF" : "a broken multi-byte character";
                    throw new NotUtf8(why, charStart, line, column);
                }
                lo = 0x80;
                hi = 0xBF;
                offset++;
                if (--pending == 0) column++;
                return;
            }
            charStart = offset;
            offset++;
            if (b < 0x80) {
                if (b == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                return;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                if (b == 0xE0) lo = 0xA0;
                if (b == 0xED) hi = 0x9F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                if (b == 0xF0) lo = 0x90;
                if (b == 0xF4) hi = 0x8F;
            } else {
                String why = b == 0xC0 || b == 0xC1 ? "an overlong form" : b >= 0x80 && b <= 0xBF ? "a continuation byte with no start" : "a byte that never occurs in UTF-8";
                throw new NotUtf8(why + String.format(Locale.ROOT, ", 0x%02X", b), charStart, line, column);
            }
        }
    }
}
