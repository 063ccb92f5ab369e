package com.coinop.bootstrap.device;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code coinop.device.*}: the machines' own API.
 *
 * @param heartbeatInterval how often a machine is told to send a heartbeat
 * @param silentAfter       the silence after which a machine's session ends at its last heartbeat; several
 *                          intervals, so a lost heartbeat or two end nothing
 * @param clockSkew         how far a request's timestamp may be from the server's clock; its nonce is kept
 *                          for twice as long
 * @param messageLifetime   how long the answer to a message is kept for its retries: an hour, far past any
 *                          retry, and small in Redis (a machine heartbeating every 30 s keeps ~120 answers
 *                          of ~300 bytes: ~36 KB a machine)
 */
@ConfigurationProperties("coinop.device")
public record DeviceProperties(@DefaultValue("30s") Duration heartbeatInterval,
                               @DefaultValue("3m") Duration silentAfter,
                               @DefaultValue("5m") Duration clockSkew,
                               @DefaultValue("1h") Duration messageLifetime) {

    public DeviceProperties {
        for (Duration duration : new Duration[]{heartbeatInterval, silentAfter, clockSkew, messageLifetime}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("coinop.device.* durations must be positive");
            }
        }
        if (silentAfter.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("coinop.device.silent-after must be at least two heartbeat intervals");
        }
    }
}
