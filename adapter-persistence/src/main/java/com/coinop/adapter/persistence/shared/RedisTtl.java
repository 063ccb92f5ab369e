package com.coinop.adapter.persistence.shared;

import java.time.Duration;

/** The one check of the time a Redis store keeps something: Redis refuses or misreads zero and negatives. */
public final class RedisTtl {

    private RedisTtl() {
    }

    /** @throws IllegalArgumentException unless {@code ttl} is positive */
    public static Duration requirePositive(Duration ttl) {
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a Redis key is kept for a positive time, not " + ttl);
        }
        return ttl;
    }
}
