package com.coinop.adapter.persistence.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for what arrives later (a pub/sub message between instances, a notification, a background job's
 * round) instead of guessing a sleep.
 */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private Eventually() {
    }

    /** Whether {@code condition} holds within two seconds, checked every 10 ms. */
    public static boolean holds(BooleanSupplier condition) throws InterruptedException {
        return holds(condition, PATIENCE);
    }

    /** Whether {@code condition} holds within {@code patience}, checked every 10 ms. */
    public static boolean holds(BooleanSupplier condition, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    /** Fails, naming {@code what}, unless {@code condition} holds within {@code patience}. */
    public static void await(BooleanSupplier condition, Duration patience, String what) {
        try {
            if (!holds(condition, patience)) {
                throw new AssertionError("waited " + patience + " for: " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for: " + what, e);
        }
    }
}
