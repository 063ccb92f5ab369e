package com.coinop.application.shared.port.out;

import java.time.Duration;

/**
 * At most {@code max} events for {@code subject} within any {@code window} (a sliding window), e.g.
 * {@code new RateLimit("sms:mobile:13800138000", 5, Duration.ofHours(1))}.
 */
public record RateLimit(String subject, int max, Duration window) {

    public RateLimit {
        if (subject == null || subject.isBlank() || max < 1 || window == null || window.toMillis() < 1) {
            throw new IllegalArgumentException("a rate limit has a subject, a maximum of at least 1 and a window");
        }
    }
}
