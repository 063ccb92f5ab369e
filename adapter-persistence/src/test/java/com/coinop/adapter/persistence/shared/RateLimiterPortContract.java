package com.coinop.adapter.persistence.shared;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.application.shared.port.out.RateDecision;
import com.coinop.application.shared.port.out.RateLimit;
import com.coinop.application.shared.port.out.RateLimiterPort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link RateLimiterPort} does: sliding windows, all limits of an event or none, shared counts. */
public abstract class RateLimiterPortContract extends PersistenceIntegrationTest {

    protected abstract RateLimiterPort limiter();

    private String subject;

    @BeforeEach
    void aFreshSubject() {
        subject = "test:" + UUID.randomUUID();
    }

    @Test
    void events_up_to_the_maximum_pass_and_the_next_is_refused_with_the_time_to_wait() {
        RateLimit fivePerHour = new RateLimit(subject, 5, Duration.ofHours(1));

        for (int event = 0; event < 5; event++) {
            assertThat(limiter().acquire(List.of(fivePerHour)).allowed()).isTrue();
        }
        RateDecision sixth = limiter().acquire(List.of(fivePerHour));

        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.retryAfter()).isGreaterThan(Duration.ofMinutes(59)).isLessThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void the_window_slides_so_an_old_event_frees_its_place() throws InterruptedException {
        RateLimit onePerSecond = new RateLimit(subject, 1, Duration.ofMillis(700));

        assertThat(limiter().acquire(List.of(onePerSecond)).allowed()).isTrue();
        assertThat(limiter().acquire(List.of(onePerSecond)).allowed()).isFalse();
        Thread.sleep(900);
        assertThat(limiter().acquire(List.of(onePerSecond)).allowed()).isTrue();
    }

    @Test
    void a_refused_event_is_counted_in_none_of_its_limits() {
        RateLimit perMinute = new RateLimit(subject + ":minute", 1, Duration.ofMinutes(1));
        RateLimit perHour = new RateLimit(subject + ":hour", 3, Duration.ofHours(1));

        assertThat(limiter().acquire(List.of(perMinute, perHour)).allowed()).isTrue();
        for (int refused = 0; refused < 10; refused++) {
            assertThat(limiter().acquire(List.of(perMinute, perHour)).allowed()).isFalse();
        }

        // the hour saw one event, not eleven: two more fit
        assertThat(limiter().acquire(List.of(perHour)).allowed()).isTrue();
        assertThat(limiter().acquire(List.of(perHour)).allowed()).isTrue();
        assertThat(limiter().acquire(List.of(perHour)).allowed()).isFalse();
    }

    @Test
    void the_time_to_wait_is_the_tightest_broken_limit() {
        RateLimit perMinute = new RateLimit(subject + ":minute", 1, Duration.ofMinutes(1));
        RateLimit perDay = new RateLimit(subject + ":day", 1, Duration.ofDays(1));
        limiter().acquire(List.of(perMinute, perDay));

        RateDecision refused = limiter().acquire(List.of(perMinute, perDay));

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isGreaterThan(Duration.ofHours(23));
    }

    @Test
    void concurrent_events_never_exceed_the_maximum() {
        RateLimit twenty = new RateLimit(subject, 20, Duration.ofHours(1));

        List<Concurrently.Outcome<RateDecision>> outcomes = Concurrently.run(64, () -> limiter().acquire(List.of(twenty)));

        assertThat(outcomes).noneMatch(Concurrently.Outcome::failed);
        assertThat(outcomes).filteredOn(o -> o.value().allowed()).hasSize(20);
    }

    @Test
    void peeking_says_whether_an_event_would_pass_and_counts_nothing() {
        RateLimit two = new RateLimit(subject, 2, Duration.ofHours(1));

        for (int look = 0; look < 5; look++) {
            assertThat(limiter().peek(List.of(two)).allowed()).isTrue();
        }
        limiter().acquire(List.of(two));
        limiter().acquire(List.of(two));

        RateDecision full = limiter().peek(List.of(two));
        assertThat(full.allowed()).isFalse();
        assertThat(full.retryAfter()).isGreaterThan(Duration.ofMinutes(59));
    }

    @Test
    void an_event_without_limits_is_refused_as_a_mistake() {
        assertThatThrownBy(() -> limiter().acquire(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
