package org.scalingexplorer.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow derived computations (e.g. a bootstrap interval at the cursor) off the UI thread, latest request wins:
 * requests made while one runs replace each other, only the newest is computed next, and a result is delivered
 * only if no newer request came in meanwhile. With direct executors (tests) it runs synchronously. It schedules on
 * {@link Jobs}' executors: one background abstraction, this its latest-wins use.
 */
public final class Coalescer<T> {
    private final Jobs jobs;
    private final AtomicReference<Supplier<T>> next = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicLong generation = new AtomicLong();

    public Coalescer(Jobs jobs) {
        this.jobs = jobs;
    }

    /** Computes {@code work} in the background and gives its result to {@code done} on the UI thread. */
    public void submit(Supplier<T> work, Consumer<T> done) {
        long g = generation.incrementAndGet();
        next.set(() -> {
            T result = work.get();
            jobs.later(() -> {
                if (generation.get() == g) done.accept(result);
            });
            return result;
        });
        if (scheduled.compareAndSet(false, true)) jobs.inBackground(this::drain);
    }

    /** Forgets any pending request and drops results still on their way. */
    public void clear() {
        generation.incrementAndGet();
        next.set(null);
    }

    private void drain() {
        while (true) {
            Supplier<T> job = next.getAndSet(null);
            if (job == null) {
                scheduled.set(false);
                // a request that arrived between the empty check and the reset gets its own drain
                if (next.get() != null && scheduled.compareAndSet(false, true)) continue;
                return;
            }
            try {
                job.get();
            } catch (RuntimeException e) {
                // a derived number that cannot be computed is simply not shown
            }
        }
    }
}
