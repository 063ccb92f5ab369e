package com.coinop.adapter.persistence.testing;

import java.time.Duration;
import java.util.Arrays;

/** Wall-clock timing for the few tests that promise a speed. */
public final class Timing {

    private Timing() {
    }

    /** The median of {@code runs} timed calls of {@code work}, after {@code warmups} untimed ones. */
    public static Duration median(int warmups, int runs, Runnable work) {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return Duration.ofNanos(nanos[runs / 2]);
    }
}
