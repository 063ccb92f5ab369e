package com.coinop.adapter.persistence.testing;

/** A deliberate pause inside a test's work (to hold a lock or a transaction open a while). */
public final class Pause {

    private Pause() {
    }

    /** Sleeps {@code millis}; an interrupt fails the work instead of cutting the pause short unseen. */
    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
