package com.coinop.application.shared.port.in;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitedExceptionTest {

    @Test
    void the_wait_is_whole_seconds_rounded_up_never_zero() {
        assertThat(new RateLimitedException(Duration.ofMillis(200)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new RateLimitedException(Duration.ofMillis(59_001)).retryAfterSeconds()).isEqualTo(60);
        assertThat(new RateLimitedException(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void the_message_says_when_to_try_again_in_the_largest_fitting_unit() {
        assertThat(new RateLimitedException(Duration.ofMillis(200)).getMessage()).isEqualTo("操作过于频繁, 请在 1 秒后再试");
        assertThat(new RateLimitedException(Duration.ofSeconds(59)).getMessage()).contains("59 秒");
        assertThat(new RateLimitedException(Duration.ofSeconds(61)).getMessage()).contains("2 分钟");
        assertThat(new RateLimitedException(Duration.ofMinutes(59)).getMessage()).contains("59 分钟");
        assertThat(new RateLimitedException(Duration.ofMinutes(61)).getMessage()).contains("2 小时");
        assertThat(new RateLimitedException(Duration.ofHours(20)).code()).isEqualTo("RATE_LIMITED");
    }
}
