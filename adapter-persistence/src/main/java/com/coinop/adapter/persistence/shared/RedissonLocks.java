package com.coinop.adapter.persistence.shared;

import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.shared.port.out.LockPort;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static com.coinop.adapter.persistence.shared.DependencyGuard.redis;

/**
 * Locks shared by every instance: Redisson's RLock. Without a lease time Redisson's watchdog keeps the
 * lock while its holder lives and lets it lapse (30 s) when the holder's instance dies.
 */
@Component
public class RedissonLocks implements LockPort {

    private static final Logger log = LoggerFactory.getLogger(RedissonLocks.class);

    static final String KEY_PREFIX = "coinop:lock:";
    static final String DEPENDENCY = "lock";

    private final RedissonClient redisson;

    public RedissonLocks(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public <T> T underLock(String name, Duration wait, Supplier<T> work) {
        if (name == null || name.isBlank() || wait == null || wait.isNegative()) {
            throw new IllegalArgumentException("a lock has a name and a wait that is not negative");
        }
        RLock lock = redisson.getLock(KEY_PREFIX + name);
        boolean locked;
        try {
            locked = redis(() -> tryLock(lock, wait));
        } catch (InterruptedLock e) {
            Thread.currentThread().interrupt();
            throw new DependencyUnavailableException(DEPENDENCY, e.getCause());
        }
        if (!locked) {
            throw new DependencyUnavailableException(DEPENDENCY,
                    new IllegalStateException("lock " + name + " still held after " + wait));
        }
        try {
            return work.get();
        } finally {
            release(lock, name);
        }
    }

    /**
     * Unlocks. A failure here cannot undo work that is done (nor should it hide the work's own failure),
     * so it is logged, not thrown: Redisson stops the watchdog whether or not the unlock reached Redis,
     * so a lock left behind lapses after the watchdog timeout (30 s); a lock that was no longer ours
     * (IllegalMonitorStateException) had lapsed or been forced open already.
     */
    private static void release(RLock lock, String name) {
        try {
            lock.unlock();
        } catch (RedisException | IllegalMonitorStateException e) {
            log.warn("lock {} not released, it lapses by itself: {}", name, e.toString());
        }
    }

    private static boolean tryLock(RLock lock, Duration wait) {
        try {
            return lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new InterruptedLock(e);
        }
    }

    /** Carries an interrupt out of the Supplier that {@code redis(...)} takes. */
    private static final class InterruptedLock extends RuntimeException {
        InterruptedLock(InterruptedException cause) {
            super(cause);
        }
    }
}
