package com.coinop.adapter.persistence.shared;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.adapter.persistence.testing.Pause;
import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.beans.factory.annotation.Autowired;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link RedissonLocks} as the {@link com.coinop.application.shared.port.out.LockPort}, on the real Redis. */
class RedissonLocksTest extends PersistenceIntegrationTest {

    @Autowired
    private RedissonLocks locks;

    @Autowired
    private RedissonClient redisson;

    private static String aName() {
        return "test:" + UUID.randomUUID();
    }

    @Test
    void the_work_runs_under_the_lock_and_the_lock_is_free_afterwards() {
        String name = aName();

        String result = locks.underLock(name, Duration.ofSeconds(1), () -> {
            assertThat(redisson.getLock(RedissonLocks.KEY_PREFIX + name).isLocked()).isTrue();
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(redisson.getLock(RedissonLocks.KEY_PREFIX + name).isLocked()).isFalse();
    }

    @Test
    void work_that_fails_releases_the_lock_and_its_failure_comes_through() {
        String name = aName();

        assertThatThrownBy(() -> locks.underLock(name, Duration.ofSeconds(1), () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(redisson.getLock(RedissonLocks.KEY_PREFIX + name).isLocked()).isFalse();
    }

    @Test
    void work_done_is_returned_when_the_lock_was_lost_before_the_unlock() {
        String name = aName();

        String result = locks.underLock(name, Duration.ofSeconds(1), () -> {
            redisson.getLock(RedissonLocks.KEY_PREFIX + name).forceUnlock();
            return "done";
        });

        assertThat(result).isEqualTo("done");
    }

    @Test
    void the_failure_of_the_work_comes_through_when_the_unlock_fails_too() {
        String name = aName();

        assertThatThrownBy(() -> locks.underLock(name, Duration.ofSeconds(1), () -> {
            redisson.getLock(RedissonLocks.KEY_PREFIX + name).forceUnlock();
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }

    @Test
    void work_done_is_returned_when_redis_is_gone_before_the_unlock() {
        int port = TestInfrastructure.freePort();
        RedisServer server = TestInfrastructure.startRedis(port);
        Config config = new Config();
        config.useSingleServer().setAddress("redis://127.0.0.1:" + port)
                .setConnectTimeout(200).setTimeout(200).setRetryAttempts(0);
        RedissonClient client = Redisson.create(config);
        try {
            String result = new RedissonLocks(client).underLock(aName(), Duration.ofSeconds(1), () -> {
                stop(server);
                return "done";
            });

            assertThat(result).isEqualTo("done");
        } finally {
            client.shutdown();
            stop(server);
        }
    }

    @Test
    void concurrent_work_under_one_name_never_overlaps() {
        String name = aName();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();

        List<Concurrently.Outcome<Integer>> outcomes = Concurrently.run(8, () -> locks.underLock(name, Duration.ofSeconds(20), () -> {
            int now = inside.incrementAndGet();
            mostInside.accumulateAndGet(now, Math::max);
            Pause.millis(20);
            inside.decrementAndGet();
            return now;
        }));

        assertThat(outcomes).noneMatch(Concurrently.Outcome::failed);
        assertThat(mostInside.get()).isEqualTo(1);
    }

    @Test
    void a_lock_still_held_after_the_wait_is_reported_unavailable_and_the_work_does_not_run() throws Exception {
        String name = aName();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> locks.underLock(name, Duration.ofSeconds(1), () -> {
            held.countDown();
            await(release);
            return null;
        }));
        holder.start();
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
        AtomicInteger ran = new AtomicInteger();

        try {
            assertThatThrownBy(() -> locks.underLock(name, Duration.ofMillis(200), ran::incrementAndGet))
                    .isInstanceOf(DependencyUnavailableException.class);
            assertThat(ran).hasValue(0);
        } finally {
            release.countDown();
            holder.join(5_000);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void stop(RedisServer server) {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
