package com.coinop.application.device.port.in;

import com.coinop.domain.device.DeviceId;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers a machine's message once: a message id seen before gets the answer it got the first time,
 * without doing anything again (the machine retries over bad networks and may never have seen the answer).
 */
public interface DeviceMessageLogUseCase {

    /**
     * The recorded answer to {@code messageId} of this machine, or else {@code handle}'s answer, recorded.
     * A message that fails is not recorded: its retry is handled afresh.
     */
    String answerOnce(DeviceId device, DeviceMessageId messageId, Supplier<String> handle);
}
