package com.coinop.application.device.port.in;

import com.coinop.domain.device.Device;

/** A machine before and after an operator's change. */
public record DeviceChange(Device before, Device after) {

    /** Whether the change changed anything. */
    public boolean changed() {
        return !before.equals(after);
    }
}
