package com.coinop.adapter.persistence.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock a test moves by hand, in the business zone (Asia/Shanghai). */
public final class TestClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    public TestClock(Instant start) {
        this.now = start;
    }

    /** A clock at 2026-01-02 10:00:00 Shanghai time. */
    public static TestClock atDefaultStart() {
        return new TestClock(LocalDateTime.of(2026, 1, 2, 10, 0, 0).atZone(ZONE).toInstant());
    }

    public void set(Instant instant) {
        this.now = instant;
    }

    public void advance(Duration duration) {
        this.now = now.plus(duration);
    }

    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now, ZONE);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock stays in " + ZONE);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
