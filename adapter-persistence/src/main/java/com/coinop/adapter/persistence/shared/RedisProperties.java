package com.coinop.adapter.persistence.shared;

import org.redisson.config.Config;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * How to reach Redis ({@code coinop.redis.*}). A single server by {@code address}, or anything Redisson
 * supports (sentinel, cluster, TLS) through a Redisson YAML file named by {@code config-file}, which
 * then wins over every other setting here.
 *
 * @param address        {@code redis://host:port} or {@code rediss://host:port} of a single server
 * @param username       ACL user name (Redis 6+), or null for the default user
 * @param password       password, or null when the server has none
 * @param database       database number of the single server
 * @param configFile     path of a Redisson YAML configuration, or null
 * @param connectTimeout how long to wait for a connection to open
 * @param timeout        how long to wait for the answer to a command
 * @param retryAttempts  how often Redisson resends a command that got no answer before it gives up
 */
@ConfigurationProperties("coinop.redis")
public record RedisProperties(@DefaultValue("redis://127.0.0.1:6379") String address,
                              String username,
                              String password,
                              @DefaultValue("0") int database,
                              String configFile,
                              @DefaultValue("3s") Duration connectTimeout,
                              @DefaultValue("3s") Duration timeout,
                              @DefaultValue("2") int retryAttempts) {

    public RedisProperties {
        if (configFile == null || configFile.isBlank()) {
            require(address != null && !address.isBlank(), "coinop.redis.address is required");
            require(database >= 0, "coinop.redis.database must not be negative");
            require(isPositive(connectTimeout), "coinop.redis.connect-timeout must be positive");
            require(isPositive(timeout), "coinop.redis.timeout must be positive");
            require(retryAttempts >= 0, "coinop.redis.retry-attempts must not be negative");
        }
    }

    /** The Redisson configuration these settings describe. */
    public Config toRedissonConfig() {
        if (configFile != null && !configFile.isBlank()) {
            try {
                return Config.fromYAML(new File(configFile));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read coinop.redis.config-file " + configFile, e);
            }
        }
        Config config = new Config();
        if (username != null && !username.isBlank()) {
            config.setUsername(username);
        }
        if (password != null && !password.isBlank()) {
            config.setPassword(password);
        }
        config.useSingleServer()
                .setAddress(address)
                .setDatabase(database)
                .setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()))
                .setTimeout(Math.toIntExact(timeout.toMillis()))
                .setRetryAttempts(retryAttempts);
        return config;
    }

    private static boolean isPositive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    @Override
    public String toString() {
        return "RedisProperties[address=" + address + ", database=" + database + ", configFile=" + configFile
                + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
