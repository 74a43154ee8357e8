package org.scalingexplorer.ui.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;

import org.scalingexplorer.figure.Sweep;
import org.scalingexplorer.io.files.AtomicFiles;
import org.scalingexplorer.render.ChartExport;
import org.scalingexplorer.render.ChartStyle;
import org.scalingexplorer.render.Gif;

/**
 * A playback's frames drawn and written off the FX thread: each frame with its swept value in the corner, drawn on
 * every core, then encoded; the file written beside the target and renamed over it when complete, so a cancelled
 * or failed export leaves nothing half-written.
 */
final class PlaybackFrames {
    private PlaybackFrames() {
    }

    /**
     * Draws the frames at {@code w} x {@code h} (one pixel a unit) and writes them: an animated GIF, or numbered PNGs
     * ({@code name.png} becomes {@code name-0001.png}, ...).
     *
     * @param progress told the share done, 0 to 1 (from worker threads)
     */
    static void write(List<ChartExport.Drawing> frames, ChartStyle style, int w, int h, double fps, Path file, boolean gif,
                      DoubleConsumer progress, AtomicBoolean cancel) throws IOException {
        int n = frames.size();
        AtomicInteger done = new AtomicInteger();
        if (gif) {
            // drawn as they are encoded, a few at a time: 121 full-HD frames held at once would take a gigabyte
            AtomicFiles.write(file, out -> Gif.write(n, i -> ChartExport.png(frames.get(i), style.background(), w, h, 1), fps, Sweep.HOLD_LAST, out,
                    k -> progress.accept((double) k / n), cancel));
        } else {
            String base = file.getFileName().toString().replaceAll("(?i)\\.png$", "");
            IntStream.range(0, n).parallel().forEach(i -> {
                if (cancel.get()) return;
                try {
                    AtomicFiles.write(file.resolveSibling(String.format(Locale.ROOT, "%s-%04d.png", base, i + 1)),
                            out -> ChartExport.encode(frames.get(i), style.background(), ChartExport.Format.PNG, w, h, 1, out));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.accept((double) done.incrementAndGet() / n);
            });
            if (cancel.get()) throw new CancellationException();
        }
    }
}
