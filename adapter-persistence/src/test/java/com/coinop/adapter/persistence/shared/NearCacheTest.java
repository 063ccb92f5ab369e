package com.coinop.adapter.persistence.shared;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Eventually;
import com.coinop.adapter.persistence.testing.Pause;
import com.coinop.adapter.persistence.testing.Unreachable;
import com.coinop.application.shared.port.out.TransactionPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link NearCache} on the real Redis: two caches of one name stand for two instances of coinop. */
@ExtendWith(OutputCaptureExtension.class)
class NearCacheTest extends PersistenceIntegrationTest {

    @Autowired
    private RedissonClient redisson;

    @Autowired
    private TransactionPort transactionPort;

    private final String name = "test-" + UUID.randomUUID();
    private final AtomicInteger loads = new AtomicInteger();

    private NearCache<String, String> instance(Duration ttl) {
        return new NearCache<>(name, redisson, ttl, 100, Function.identity(), Function.identity());
    }

    private Optional<String> load(String value) {
        loads.incrementAndGet();
        return Optional.of(value);
    }

    @Test
    void a_loaded_value_is_answered_from_memory_until_it_changes() {
        NearCache<String, String> cache = instance(Duration.ofMinutes(1));

        assertThat(cache.get("k", () -> load("v1"))).contains("v1");
        assertThat(cache.get("k", () -> load("v2"))).contains("v1");
        assertThat(loads).hasValue(1);

        cache.changed("k");

        assertThat(cache.get("k", () -> load("v2"))).contains("v2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void nothing_absent_is_kept() {
        NearCache<String, String> cache = instance(Duration.ofMinutes(1));

        assertThat(cache.get("k", Optional::empty)).isEmpty();
        assertThat(cache.get("k", () -> load("v"))).contains("v");
    }

    @Test
    void a_copy_ends_after_its_time() throws InterruptedException {
        NearCache<String, String> cache = instance(Duration.ofMillis(100));
        cache.get("k", () -> load("v1"));

        Thread.sleep(300);

        assertThat(cache.get("k", () -> load("v2"))).contains("v2");
    }

    @Test
    void a_change_on_one_instance_drops_the_copy_on_the_other() throws InterruptedException {
        NearCache<String, String> one = instance(Duration.ofMinutes(1));
        NearCache<String, String> other = instance(Duration.ofMinutes(1));
        other.get("k", () -> load("old"));

        one.changed("k");

        assertThat(Eventually.holds(() -> other.get("k", () -> load("new")).equals(Optional.of("new")))).isTrue();
    }

    @Test
    void inside_a_transaction_the_other_instances_hear_of_the_change_only_after_the_commit() throws InterruptedException {
        NearCache<String, String> one = instance(Duration.ofMinutes(1));
        NearCache<String, String> other = instance(Duration.ofMinutes(1));
        other.get("k", () -> load("old"));

        transactionPort.inTransaction(() -> {
            one.changed("k");
            Pause.millis(200);
            // not committed yet: the other instance must not reload, it would read the old row
            assertThat(other.get("k", () -> load("reloaded too early"))).contains("old");
            return null;
        });

        assertThat(Eventually.holds(() -> other.get("k", () -> load("new")).equals(Optional.of("new")))).isTrue();
    }

    @Test
    void a_load_that_overlaps_a_change_is_not_kept() {
        NearCache<String, String> cache = instance(Duration.ofMinutes(1));

        Optional<String> during = cache.get("k", () -> {
            cache.changed("k");
            return load("read before the change committed");
        });

        assertThat(during).contains("read before the change committed");
        assertThat(cache.get("k", () -> load("fresh"))).contains("fresh");
    }

    @Test
    void without_redis_nothing_is_kept_since_no_change_could_be_heard() {
        RedissonClient unreachable = Unreachable.redis();
        try {
            NearCache<String, String> cache = new NearCache<>(name, unreachable, Duration.ofMinutes(1), 100,
                    Function.identity(), Function.identity());

            assertThat(cache.get("k", () -> load("v1"))).contains("v1");
            assertThat(cache.get("k", () -> load("v2"))).contains("v2");
            assertThat(cache.size()).isZero();
        } finally {
            unreachable.shutdown();
        }
    }

    @Test
    void a_change_that_cannot_be_told_is_logged_without_its_key(CapturedOutput output) {
        RedissonClient unreachable = Unreachable.redis();
        try {
            NearCache<String, String> cache = new NearCache<>(name, unreachable, Duration.ofMinutes(1), 100,
                    Function.identity(), Function.identity());
            String sessionId = "Q2hhbmdlZEtleUlzQVNlY3I";

            cache.changed(sessionId);

            assertThat(output).contains("could not tell other instances of a change").doesNotContain(sessionId);
        } finally {
            unreachable.shutdown();
        }
    }
}
