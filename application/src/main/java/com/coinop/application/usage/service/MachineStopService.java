package com.coinop.application.usage.service;

import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.application.usage.port.in.MachineStopUseCase;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.usage.UsageSessionNotFoundException;

/**
 * Ends the machine's own session now through the one charge use case. A session of another machine is
 * answered like one that does not exist: a machine learns nothing about the others.
 */
public class MachineStopService implements MachineStopUseCase {

    private final UsageSessionPort usageSessionPort;
    private final ChargeUsageUseCase chargeUsage;
    private final ClockPort clock;

    public MachineStopService(UsageSessionPort usageSessionPort, ChargeUsageUseCase chargeUsage, ClockPort clock) {
        this.usageSessionPort = usageSessionPort;
        this.chargeUsage = chargeUsage;
        this.clock = clock;
    }

    @Override
    public ChargeOutcome stop(DeviceId device, UsageSessionId sessionId) {
        usageSessionPort.findById(sessionId).filter(session -> session.deviceId().equals(device))
                .orElseThrow(() -> new UsageSessionNotFoundException(sessionId));
        return chargeUsage.charge(new ChargeUsageCommand(sessionId, clock.now(), UsageEndReason.MACHINE));
    }
}
