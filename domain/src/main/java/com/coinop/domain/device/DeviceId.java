package com.coinop.domain.device;

import com.coinop.domain.shared.InvalidValueException;

/** The id of a machine, positive. */
public record DeviceId(long value) {

    public DeviceId {
        InvalidValueException.require(value > 0, "INVALID_DEVICE_ID", "设备编号无效");
    }
}
