package com.coinop.adapter.persistence.testing;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/** Servers that are down: a port on 127.0.0.1 that refuses connections, and a Redis client pointed at one. */
public final class Unreachable {

    private Unreachable() {
    }

    /** A port that was free when asked and on which nothing is started: connections to it are refused. */
    public static int port() {
        return TestInfrastructure.freePort();
    }

    /**
     * A Redisson client for a Redis that is down: it connects lazily, gives up after 200 ms and does
     * not retry, so each call fails fast. The caller shuts it down.
     */
    public static RedissonClient redis() {
        Config config = new Config().setLazyInitialization(true);
        config.useSingleServer().setAddress("redis://127.0.0.1:" + port())
                .setConnectTimeout(200).setTimeout(200).setRetryAttempts(0);
        return Redisson.create(config);
    }
}
