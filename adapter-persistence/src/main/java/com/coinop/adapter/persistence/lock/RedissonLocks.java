package com.coinop.adapter.persistence.lock;

import com.coinop.application.port.out.DependencyUnavailableException;
import com.coinop.application.port.out.LockPort;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static com.coinop.adapter.persistence.support.DependencyGuard.redis;

/**
 * Locks shared by every instance: Redisson's RLock. Without a lease time Redisson's watchdog keeps the
 * lock while its holder lives and lets it lapse (30 s) when the holder's instance dies.
 */
@Component
public class RedissonLocks implements LockPort {

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
            redis(() -> {
                lock.unlock();
                return null;
            });
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
