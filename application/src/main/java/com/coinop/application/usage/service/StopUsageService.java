package com.coinop.application.usage.service;

import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.application.usage.port.in.StopUsageUseCase;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSessionNotFoundException;
import com.coinop.domain.user.UserId;

/**
 * Ends the user's session now through the one charge use case, so a stop from the page and one from the
 * machine at the same moment charge it once.
 */
public class StopUsageService implements StopUsageUseCase {

    private final UsageSessionPort usageSessionPort;
    private final ChargeUsageUseCase chargeUsage;
    private final ClockPort clock;

    public StopUsageService(UsageSessionPort usageSessionPort, ChargeUsageUseCase chargeUsage, ClockPort clock) {
        this.usageSessionPort = usageSessionPort;
        this.chargeUsage = chargeUsage;
        this.clock = clock;
    }

    @Override
    public ChargeOutcome stop(UserId userId) {
        var session = usageSessionPort.findActiveByUser(userId)
                .orElseThrow(() -> UsageSessionNotFoundException.noneInProgress(userId));
        return chargeUsage.charge(new ChargeUsageCommand(session.id(), clock.now(), UsageEndReason.USER));
    }
}
