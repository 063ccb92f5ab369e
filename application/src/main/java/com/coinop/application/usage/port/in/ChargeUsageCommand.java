package com.coinop.application.usage.port.in;

import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.usage.UsageSessionId;

import java.time.LocalDateTime;

/** The usage session {@code sessionId} ended at {@code endTime}. */
public record ChargeUsageCommand(UsageSessionId sessionId, LocalDateTime endTime) {

    public ChargeUsageCommand {
        InvalidValueException.require(sessionId != null && endTime != null, "INVALID_USAGE", "下机信息不完整");
    }
}
