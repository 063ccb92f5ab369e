package com.coinop.adapter.persistence.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/** Runs tasks on their own threads, released together, and collects what each returned or threw. */
public final class Concurrently {

    private Concurrently() {
    }

    /** What one task ended with: a value, or the exception it threw. */
    public record Outcome<T>(T value, Throwable failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    /** Runs {@code threads} copies of {@code task}. */
    public static <T> List<Outcome<T>> run(int threads, Callable<T> task) {
        return run(threads, i -> task);
    }

    /** Runs {@code tasks.apply(i)} for i in 0..threads-1, each on its own thread, all starting at once. */
    public static <T> List<Outcome<T>> run(int threads, IntFunction<Callable<T>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> task = tasks.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("threads did not start");
            }
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                outcomes.add(outcome(future));
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Outcome<T> outcome(Future<T> future) throws InterruptedException {
        try {
            return new Outcome<>(future.get(120, TimeUnit.SECONDS), null);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("a concurrent task did not finish in time", e);
        }
    }
}
