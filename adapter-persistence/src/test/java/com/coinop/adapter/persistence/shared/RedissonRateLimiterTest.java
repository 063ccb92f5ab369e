package com.coinop.adapter.persistence.shared;

import com.coinop.application.shared.port.out.RateLimit;
import com.coinop.application.shared.port.out.RateLimiterPort;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RedissonRateLimiter} as the {@link RateLimiterPort}, and what it keeps in Redis. */
class RedissonRateLimiterTest extends RateLimiterPortContract {

    @Autowired
    private RedissonRateLimiter limiter;

    @Autowired
    private RedissonClient redisson;

    @Override
    protected RateLimiterPort limiter() {
        return limiter;
    }

    @Test
    void each_subject_is_one_sorted_set_that_expires_with_its_window() {
        String subject = "test:" + UUID.randomUUID();
        limiter.acquire(List.of(new RateLimit(subject, 5, Duration.ofMinutes(10))));

        var events = redisson.getScoredSortedSet(RedissonRateLimiter.KEY_PREFIX + subject, StringCodec.INSTANCE);
        assertThat(events.size()).isEqualTo(1);
        assertThat(events.remainTimeToLive()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10).toMillis());
    }
}
