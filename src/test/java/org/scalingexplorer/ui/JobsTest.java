package org.scalingexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The one background-job abstraction: results, failures and progress come back on the UI thread; cancel stops a job. */
class JobsTest {
    /** A UI thread of our own: what is handed to it runs in order on the test's thread when drained. */
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final ExecutorService workers = Executors.newSingleThreadExecutor();
    private final Jobs jobs = new Jobs(workers, uiQueue::add);

    private void drainUntil(CountDownLatch done) throws InterruptedException {
        while (done.getCount() > 0) {
            Runnable r = uiQueue.poll(10, TimeUnit.SECONDS);
            if (r == null) throw new AssertionError("nothing came back");
            r.run();
        }
    }

    @Test
    void aResultAndItsProgressComeBackOnTheUiThreadInOrder() throws Exception {
        List<Double> progress = new ArrayList<>();
        List<Integer> result = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread test = Thread.currentThread();
        jobs.run(job -> {
            var count = job.counter(1000);
            for (int i = 1; i <= 1000; i++) count.accept(i);
            return 42;
        }, r -> {
            assertEquals(test, Thread.currentThread());
            result.add(r);
            done.countDown();
        }, e -> { }, progress::add);
        drainUntil(done);
        assertEquals(List.of(42), result);
        assertTrue(progress.size() <= 100, "a hundred updates at most, got " + progress.size());
        for (int i = 1; i < progress.size(); i++) assertTrue(progress.get(i) > progress.get(i - 1), "never going back");
        assertEquals(1.0, progress.get(progress.size() - 1));
    }

    @Test
    void aFailureAndACancellationComeBackAsTheirExceptions() throws Exception {
        List<Exception> failed = new ArrayList<>();
        CountDownLatch both = new CountDownLatch(2);
        jobs.act(job -> {
            throw new IOException("disk full");
        }, () -> { }, e -> {
            failed.add(e);
            both.countDown();
        });
        CountDownLatch started = new CountDownLatch(1);
        Jobs.Job long_ = jobs.run(job -> {
            started.countDown();
            while (!job.stop().get()) Thread.onSpinWait();
            return "ignored";
        }, r -> { }, e -> {
            failed.add(e);
            both.countDown();
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        long_.cancel();
        drainUntil(both);
        assertInstanceOf(IOException.class, failed.get(0));
        assertInstanceOf(CancellationException.class, failed.get(1), "a job stopped half-way gives no result");
        workers.shutdown();
    }

    /** Work that outgrows the heap fails like any other, with a sentence the window can show; nothing hangs. */
    @Test
    void runningOutOfMemoryComesBackAsAFailureInWords() throws Exception {
        List<Exception> failed = new ArrayList<>();
        CountDownLatch once = new CountDownLatch(1);
        jobs.run(job -> {
            throw new OutOfMemoryError("Java heap space");
        }, r -> { }, e -> {
            failed.add(e);
            once.countDown();
        });
        drainUntil(once);
        assertTrue(failed.get(0).getMessage().startsWith("not enough memory for this (Java's heap is "), failed.get(0).getMessage());
        assertInstanceOf(OutOfMemoryError.class, failed.get(0).getCause());
        workers.shutdown();
    }
}
