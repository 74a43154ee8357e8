package org.scalingexplorer.io.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.DoubleConsumer;

/** Tells how far through a stream of known length reading has got, about every hundredth of it. */
public final class ProgressInputStream extends FilterInputStream {
    private final long length;
    private final DoubleConsumer progress;
    private long read;
    private long nextReport;

    public ProgressInputStream(InputStream in, long length, DoubleConsumer progress) {
        super(in);
        this.length = Math.max(1, length);
        this.progress = progress;
        this.nextReport = this.length / 100;
    }

    private void count(long n) {
        if (n <= 0) return;
        read += n;
        if (read >= nextReport) {
            progress.accept(Math.min(1, read / (double) length));
            nextReport = read + length / 100;
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        count(s);
        return s;
    }
}
