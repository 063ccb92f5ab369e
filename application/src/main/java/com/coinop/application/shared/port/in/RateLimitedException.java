package com.coinop.application.shared.port.in;

import com.coinop.domain.shared.DomainException;

import java.time.Duration;

/** Too many attempts: the caller may try again after {@link #retryAfter()} (the web adapter's Retry-After). */
public class RateLimitedException extends DomainException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        this("RATE_LIMITED", "操作过于频繁", retryAfter);
    }

    /** A limit of its own: {@code what} is said first, then when to try again. */
    protected RateLimitedException(String code, String what, Duration retryAfter) {
        super(code, what + ", 请在" + humanWait(retryAfter) + "后再试");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up: a wait of 0.2 s is 1 second, never 0. */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    private static long wholeSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String humanWait(Duration wait) {
        long seconds = wholeSeconds(wait);
        if (seconds < 60) {
            return " " + seconds + " 秒";
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return " " + minutes + " 分钟";
        }
        return " " + ((minutes + 59) / 60) + " 小时";
    }
}
