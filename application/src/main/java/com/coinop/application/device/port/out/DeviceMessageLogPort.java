package com.coinop.application.device.port.out;

import com.coinop.domain.device.DeviceId;

import java.time.Duration;
import java.util.Optional;

/** The answers given to the machines' messages, by message id, so a retried message gets the same answer. */
public interface DeviceMessageLogPort {

    Optional<String> findAnswer(DeviceId id, String messageId);

    /**
     * Keeps the answer to the message for {@code ttl}, unless one is kept already.
     *
     * @return the answer kept: this one, or the one recorded first
     */
    String saveAnswer(DeviceId id, String messageId, String answer, Duration ttl);
}
