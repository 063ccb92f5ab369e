package com.coinop.application.signin.service;

import com.coinop.application.shared.port.out.RateDecision;
import com.coinop.application.shared.port.out.RateLimit;
import com.coinop.application.shared.port.out.RateLimiterPort;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sliding-window limiter of {@link RateLimiterPort} in memory, on a clock the test moves, so the
 * sign-in services are tested against limits that really count (the Redis one runs the same contract in
 * adapter-persistence).
 */
final class InMemoryRateLimiter implements RateLimiterPort {

    private final Map<String, Deque<Instant>> events = new HashMap<>();
    private final Supplier<Instant> clock;

    InMemoryRateLimiter(Supplier<Instant> clock) {
        this.clock = clock;
    }

    @Override
    public synchronized RateDecision acquire(List<RateLimit> limits) {
        RateDecision decision = peek(limits);
        if (decision.allowed()) {
            Instant now = clock.get();
            limits.forEach(limit -> events.computeIfAbsent(limit.subject(), subject -> new ArrayDeque<>()).addLast(now));
        }
        return decision;
    }

    @Override
    public synchronized RateDecision peek(List<RateLimit> limits) {
        Instant now = clock.get();
        Duration longestWait = Duration.ZERO;
        for (RateLimit limit : limits) {
            Deque<Instant> seen = events.computeIfAbsent(limit.subject(), subject -> new ArrayDeque<>());
            while (!seen.isEmpty() && !seen.peekFirst().isAfter(now.minus(limit.window()))) {
                seen.removeFirst();
            }
            if (seen.size() >= limit.max()) {
                Duration wait = Duration.between(now, seen.peekFirst().plus(limit.window()));
                longestWait = wait.compareTo(longestWait) > 0 ? wait : longestWait;
            }
        }
        return longestWait.isZero() ? RateDecision.allow() : RateDecision.refuse(longestWait);
    }

    /** How many events are counted under {@code subject} now. */
    synchronized int counted(String subject) {
        Deque<Instant> seen = events.get(subject);
        return seen == null ? 0 : seen.size();
    }
}
