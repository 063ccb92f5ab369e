package com.coinop.application.usage.port.in;

import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSessionId;

import java.time.LocalDateTime;

/** The usage session {@code sessionId} ended at {@code endTime}, for {@code reason}. */
public record ChargeUsageCommand(UsageSessionId sessionId, LocalDateTime endTime, UsageEndReason reason) {

    public ChargeUsageCommand {
        InvalidValueException.require(sessionId != null && endTime != null && reason != null, "INVALID_USAGE",
                "下机信息不完整");
    }
}
