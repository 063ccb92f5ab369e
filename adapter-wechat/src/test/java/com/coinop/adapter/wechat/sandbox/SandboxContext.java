package com.coinop.adapter.wechat.sandbox;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** What every part of the sandbox shares: the official account it accepts, its clock, and where it is served. */
final class SandboxContext {

    private final String appId;
    private final String secret;
    private final Clock clock;
    private final AtomicReference<Duration> clockOffset = new AtomicReference<>(Duration.ZERO);
    private final Supplier<URI> baseUrl;

    SandboxContext(String appId, String secret, Clock clock, Supplier<URI> baseUrl) {
        this.appId = appId;
        this.secret = secret;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    String appId() {
        return appId;
    }

    String secret() {
        return secret;
    }

    URI baseUrl() {
        return baseUrl.get();
    }

    /** WeChat's time: the given clock, moved forward by the tests. */
    Instant now() {
        return clock.instant().plus(clockOffset.get());
    }

    void advance(Duration duration) {
        clockOffset.accumulateAndGet(duration, Duration::plus);
    }
}
