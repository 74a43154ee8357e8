package org.scalingexplorer.ui;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

/**
 * The one way view models work off the FX thread: a job runs on the background executor, may count its steps
 * (progress goes to the UI thread a hundred times at most, never going back) and stop when cancelled, and hands its
 * result, or what made it fail, back on the UI thread. With direct executors (tests) it all runs at once.
 */
public final class Jobs {
    private final Executor background;
    private final Executor ui;

    public Jobs(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Work for the background: it returns a result or throws; it counts with {@link Job#counter} and stops with {@link Job#stop}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Job job) throws Exception;
    }

    /** One running job, as its work and its owner see it. */
    public final class Job {
        private final AtomicBoolean stop = new AtomicBoolean();
        private final DoubleConsumer progress;

        private Job(DoubleConsumer progress) {
            this.progress = progress;
        }

        /** The flag the engine's long loops check; set by {@link #cancel}. */
        public AtomicBoolean stop() {
            return stop;
        }

        public void cancel() {
            stop.set(true);
        }

        /** Counts {@code n} steps into the progress (0 to 1), or null when nobody shows progress or there is nothing to count. */
        public IntConsumer counter(int n) {
            if (progress == null || n <= 0) return null;
            AtomicInteger shown = new AtomicInteger();
            int step = Math.max(1, n / 100);
            return done -> {
                if (done % step != 0 && done != n) return;
                int was = shown.getAndAccumulate(done, Math::max);
                if (done > was) ui.execute(() -> progress.accept(done / (double) n));
            };
        }

        /** Reports a fraction done (0 to 1), a hundred times at most. */
        public DoubleConsumer fraction() {
            if (progress == null) return p -> { };
            AtomicInteger shown = new AtomicInteger(-1);
            return p -> {
                int percent = (int) Math.round(p * 100);
                if (shown.getAndAccumulate(percent, Math::max) < percent) ui.execute(() -> progress.accept(p));
            };
        }
    }

    /** Runs {@code work}; its result goes to {@code done}, anything it throws to {@code failed}, both on the UI thread. */
    public <T> Job run(Work<T> work, Consumer<T> done, Consumer<Exception> failed) {
        return run(work, done, failed, null);
    }

    /** The same, with progress (0 to 1) reported to {@code progress} on the UI thread. */
    public <T> Job run(Work<T> work, Consumer<T> done, Consumer<Exception> failed, DoubleConsumer progress) {
        Job job = new Job(progress);
        background.execute(() -> {
            T result;
            try {
                result = work.run(job);
                if (job.stop.get()) throw new CancellationException();
            } catch (Exception e) {
                ui.execute(() -> failed.accept(e));
                return;
            } catch (OutOfMemoryError e) {
                // what the work held is unreachable now: the window stays as it was and says why, in words
                Exception why = new IllegalStateException(String.format(Locale.ROOT, "not enough memory for this (Java's heap is %,d MiB); "
                        + "ask for less, or start the app with more (-Xmx)", Runtime.getRuntime().maxMemory() >> 20), e);
                ui.execute(() -> failed.accept(why));
                return;
            }
            ui.execute(() -> done.accept(result));
        });
        return job;
    }

    /** Work that makes nothing but a change outside (a file written). */
    @FunctionalInterface
    public interface Action {
        void run(Job job) throws Exception;
    }

    /** Runs {@code action}; {@code done} or {@code failed} follows on the UI thread. */
    public Job act(Action action, Runnable done, Consumer<Exception> failed) {
        return act(action, done, failed, null);
    }

    /** The same with progress (0 to 1) on the UI thread. */
    public Job act(Action action, Runnable done, Consumer<Exception> failed, DoubleConsumer progress) {
        return run(job -> {
            action.run(job);
            return Boolean.TRUE;
        }, r -> done.run(), failed, progress);
    }

    /** The same when only a failure needs saying (an autosave). */
    public Job act(Action action, Consumer<Exception> failed) {
        return act(action, () -> { }, failed);
    }

    /** Hands {@code r} to the UI thread. */
    public void later(Runnable r) {
        ui.execute(r);
    }

    /** Runs {@code r} in the background as it is, for a scheduler of its own ({@link Coalescer}). */
    void inBackground(Runnable r) {
        background.execute(r);
    }
}
