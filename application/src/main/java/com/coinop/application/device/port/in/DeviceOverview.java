package com.coinop.application.device.port.in;

import com.coinop.domain.device.Device;
import com.coinop.domain.usage.UsageSession;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A machine as operators see it in the list: the machine, the session in progress on it, if any (whose, since
 * when), and its last heartbeat, if it ever sent one.
 */
public record DeviceOverview(Device device, Optional<UsageSession> inUse, Optional<LocalDateTime> lastHeartbeat) {

    public DeviceOverview {
        if (device == null || inUse == null || lastHeartbeat == null) {
            throw new IllegalArgumentException("a machine's overview has the machine, maybe a session, maybe a heartbeat");
        }
    }
}
