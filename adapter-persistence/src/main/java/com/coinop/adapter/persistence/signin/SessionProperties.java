package com.coinop.adapter.persistence.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Lifetime of a browser session ({@code coinop.session.*}): it ends after {@code idleTimeout} without a
 * request, and at the latest {@code absoluteTimeout} after it was created, however active it is.
 */
@ConfigurationProperties("coinop.session")
public record SessionProperties(@DefaultValue("30m") Duration idleTimeout,
                                @DefaultValue("12h") Duration absoluteTimeout) {

    public SessionProperties {
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("coinop.session.idle-timeout must be positive");
        }
        if (absoluteTimeout == null || absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
            throw new IllegalArgumentException("coinop.session.absolute-timeout must be positive");
        }
        if (idleTimeout.compareTo(absoluteTimeout) > 0) {
            throw new IllegalArgumentException("coinop.session.idle-timeout must not exceed coinop.session.absolute-timeout");
        }
    }
}
