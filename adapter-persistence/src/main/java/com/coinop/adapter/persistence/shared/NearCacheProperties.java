package com.coinop.adapter.persistence.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The in-memory copies each instance keeps of sessions and user profiles ({@code coinop.near-cache.*}).
 *
 * @param ttl        how long a copy is used before it is read again; it bounds how stale a copy can be
 *                   when the message about a change is lost (normally a change reaches every instance at once)
 * @param maxEntries copies kept per cache; past it the least useful go
 */
@ConfigurationProperties("coinop.near-cache")
public record NearCacheProperties(@DefaultValue("2s") Duration ttl, @DefaultValue("100000") long maxEntries) {

    public NearCacheProperties {
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("coinop.near-cache.ttl must be positive");
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("coinop.near-cache.max-entries must be at least 1");
        }
    }
}
