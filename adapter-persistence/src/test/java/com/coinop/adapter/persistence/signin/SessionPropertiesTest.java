package com.coinop.adapter.persistence.signin;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionPropertiesTest {

    @Test
    void idle_up_to_absolute_is_accepted() {
        assertThat(new SessionProperties(Duration.ofHours(1), Duration.ofHours(1)).idleTimeout()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void idle_longer_than_absolute_is_refused() {
        assertThatThrownBy(() -> new SessionProperties(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idle-timeout");
    }

    @Test
    void zero_negative_or_missing_limits_are_refused() {
        assertThatThrownBy(() -> new SessionProperties(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionProperties(Duration.ofMinutes(1), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionProperties(null, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
