package com.coinop.adapter.persistence.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what travels between instances through Redis (a pub/sub message) instead of guessing a sleep. */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private Eventually() {
    }

    /** Whether {@code condition} holds within two seconds, checked every 10 ms. */
    public static boolean holds(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }
}
