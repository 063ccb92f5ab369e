package com.coinop.application.usage.service;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.device.port.out.DeviceHeartbeatPort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.usage.port.in.CurrentUsage;
import com.coinop.application.usage.port.in.MachineHeartbeatUseCase;
import com.coinop.application.usage.port.in.MachineState;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.user.UserNotFoundException;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Records the heartbeat, then answers the session in progress on the machine as of now, with the minutes
 * its balance still pays for: the machine stops its user when they run out, as coinop's own job does.
 */
public class MachineHeartbeatService implements MachineHeartbeatUseCase {

    private final DeviceHeartbeatPort heartbeatPort;
    private final UsageSessionPort usageSessionPort;
    private final LoadUserPort loadUserPort;
    private final ClockPort clock;
    private final Duration interval;

    public MachineHeartbeatService(DeviceHeartbeatPort heartbeatPort, UsageSessionPort usageSessionPort,
                                   LoadUserPort loadUserPort, ClockPort clock, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the heartbeat interval must be positive");
        }
        this.heartbeatPort = heartbeatPort;
        this.usageSessionPort = usageSessionPort;
        this.loadUserPort = loadUserPort;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public MachineState heartbeat(DeviceId device) {
        LocalDateTime now = clock.now();
        heartbeatPort.recordHeartbeat(device, now);
        return new MachineState(interval, usageSessionPort.findActiveByDevice(device).map(session ->
                CurrentUsage.at(session, loadUserPort.findById(session.userId())
                        .orElseThrow(() -> new UserNotFoundException(session.userId())).account().balance(), now)));
    }
}
