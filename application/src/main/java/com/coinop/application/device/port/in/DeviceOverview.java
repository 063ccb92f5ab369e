package com.coinop.application.device.port.in;

import com.coinop.domain.device.Device;
import com.coinop.domain.usage.UsageSession;

import java.util.Optional;

/**
 * A machine as operators see it in the list: the machine and the session in progress on it, if any
 * (whose, since when).
 */
public record DeviceOverview(Device device, Optional<UsageSession> inUse) {

    public DeviceOverview {
        if (device == null || inUse == null) {
            throw new IllegalArgumentException("a machine's overview has the machine and maybe a session");
        }
    }
}
