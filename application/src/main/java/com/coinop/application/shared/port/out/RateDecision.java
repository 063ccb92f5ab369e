package com.coinop.application.shared.port.out;

import java.time.Duration;

/**
 * Whether an event was let through its limits; when not, how long until the tightest limit it broke
 * lets one more through ({@code retryAfter}, zero when allowed).
 */
public record RateDecision(boolean allowed, Duration retryAfter) {

    public static RateDecision allow() {
        return new RateDecision(true, Duration.ZERO);
    }

    public static RateDecision refuse(Duration retryAfter) {
        return new RateDecision(false, retryAfter);
    }
}
