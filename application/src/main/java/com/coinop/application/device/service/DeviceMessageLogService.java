package com.coinop.application.device.service;

import com.coinop.application.device.port.in.DeviceMessageId;
import com.coinop.application.device.port.in.DeviceMessageLogUseCase;
import com.coinop.application.device.port.out.DeviceMessageLogPort;
import com.coinop.domain.device.DeviceId;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Keeps each machine's answers for {@code lifetime} (an hour by default: far longer than any machine keeps
 * retrying). Two copies of one message handled at the same moment both run; what they do is itself safe to
 * repeat (a heartbeat, a stop charged once), and both answer what was recorded first.
 */
public class DeviceMessageLogService implements DeviceMessageLogUseCase {

    private final DeviceMessageLogPort logPort;
    private final Duration lifetime;

    public DeviceMessageLogService(DeviceMessageLogPort logPort, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a machine's answers are kept for a positive time");
        }
        this.logPort = logPort;
        this.lifetime = lifetime;
    }

    @Override
    public String answerOnce(DeviceId device, DeviceMessageId messageId, Supplier<String> handle) {
        return logPort.findAnswer(device, messageId.value()).orElseGet(() -> {
            String answer = handle.get();
            return logPort.saveAnswer(device, messageId.value(), answer, lifetime);
        });
    }
}
