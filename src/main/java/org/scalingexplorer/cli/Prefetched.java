package org.scalingexplorer.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.runs.EpochCsvReader;

/**
 * Epoch AI's CSV read on the second core while picocli builds the {@code trend} command on the first: reading the
 * 4 MB export cold is most of the command's time. The command takes the result (or the reader's refusal, the same one
 * it would have met) if it asks for the same file; any other file is read as usual.
 */
final class Prefetched {
    private static volatile Path file;
    private static volatile CompletableFuture<EpochCsvReader.Result> epoch;
    /** Whether the command has asked for the file (then it warms up itself, if it still has to wait). */
    private static volatile boolean asked;

    private Prefetched() {
    }

    /** Starts reading {@code path} in a daemon thread. */
    static void startEpoch(String path) {
        startEpoch(path, () -> { });
    }

    /**
     * Starts reading {@code path} in a daemon thread, which then runs {@code afterRead} (work whose result is thrown
     * away, such as the command's steps on made-up models) unless the command has already asked for the file: when
     * the read ends first, the command's classes load on this core while picocli is still busy on the other.
     */
    static void startEpoch(String path, Runnable afterRead) {
        Path p;
        try {
            p = Path.of(path);
        } catch (RuntimeException e) {
            return; // the command refuses it with its own message
        }
        CompletableFuture<EpochCsvReader.Result> f = new CompletableFuture<>();
        file = p;
        epoch = f;
        asked = false;
        Cli.daemon(() -> {
            try {
                f.complete(EpochCsvReader.read(p));
            } catch (InputException | RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
            if (!asked) afterRead.run();
        });
    }

    /**
     * What {@link EpochCsvReader#read} gives for {@code path}, read ahead if it was. While the read is still under way,
     * runs {@code meanwhile} (work whose result is thrown away, such as the command's own steps on three models, so
     * that their classes are loaded by the time the file is read); what goes wrong in it is ignored.
     */
    static EpochCsvReader.Result epoch(Path path, Runnable meanwhile) throws InputException {
        CompletableFuture<EpochCsvReader.Result> f = epoch;
        if (f == null || !Objects.equals(file, path)) return EpochCsvReader.read(path);
        epoch = null; // once: a second command in this process reads the file as it is then
        asked = true;
        if (!f.isDone()) {
            try {
                meanwhile.run();
            } catch (RuntimeException e) {
                // only time is lost
            }
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EpochCsvReader.read(path);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InputException ie) throw ie;
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException(e.getCause());
        }
    }
}
