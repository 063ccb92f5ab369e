package com.coinop.application.device.port.out;

import com.coinop.domain.device.DeviceId;

import java.time.Duration;

/** The nonces of the machines' signed requests, kept long enough that a captured request cannot be replayed. */
public interface DeviceNoncePort {

    /**
     * Claims {@code nonce} for the machine for {@code ttl}, atomically across instances.
     *
     * @return false when the machine used it before (a replay)
     */
    boolean claim(DeviceId id, String nonce, Duration ttl);
}
