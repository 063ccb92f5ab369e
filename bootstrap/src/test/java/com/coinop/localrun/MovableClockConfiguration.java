package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

/**
 * The application's clock, as a {@link TestClock} starting now that a test moves by hand: minutes pass
 * without waiting. Every use of {@code java.time.Clock} and {@code ClockPort} in the application runs on it.
 */
@TestConfiguration(proxyBeanMethods = false)
class MovableClockConfiguration {

    @Bean
    @Primary
    TestClock movableClock() {
        return new TestClock(Instant.now());
    }
}
