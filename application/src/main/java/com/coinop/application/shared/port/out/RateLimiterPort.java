package com.coinop.application.shared.port.out;

import java.util.List;

/**
 * Counts events against limits shared by every instance. An event is either let through all of its
 * limits and counted in each, or refused and counted in none, atomically.
 */
public interface RateLimiterPort {

    RateDecision acquire(List<RateLimit> limits);

    /** Whether an event would pass all of {@code limits} now, without counting it. */
    RateDecision peek(List<RateLimit> limits);
}
