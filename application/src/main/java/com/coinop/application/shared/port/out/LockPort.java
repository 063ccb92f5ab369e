package com.coinop.application.shared.port.out;

import java.time.Duration;
import java.util.function.Supplier;

/** Mutual exclusion across every instance, for work that must not run twice at once. */
public interface LockPort {

    /**
     * Runs {@code work} holding the lock named {@code name}, waiting at most {@code wait} for it. The lock
     * is released when the work ends, and also when the instance holding it dies. What the work returned
     * or threw comes through even when the release fails: the lock then lapses by itself.
     *
     * @throws DependencyUnavailableException when the lock is not free in time or cannot be reached
     */
    <T> T underLock(String name, Duration wait, Supplier<T> work);
}
