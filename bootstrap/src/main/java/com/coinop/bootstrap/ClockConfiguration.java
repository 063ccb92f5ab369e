package com.coinop.bootstrap;

import com.coinop.application.shared.port.out.ClockPort;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The one clock of the application, in the business time zone ({@code coinop.zone}). Every time
 * coinop stores or shows is wall-clock time in that zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${coinop.zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    ClockPort clockPort(Clock clock) {
        return () -> LocalDateTime.now(clock);
    }
}
