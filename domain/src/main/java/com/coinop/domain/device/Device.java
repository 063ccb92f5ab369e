package com.coinop.domain.device;

import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;

/** A pay-per-minute machine: where it stands, what a minute costs, and whether it takes users. */
public record Device(DeviceId id, DeviceLocation location, Money pricePerMinute, boolean enabled) {

    public Device {
        InvalidValueException.require(id != null && location != null && pricePerMinute != null,
                "INVALID_DEVICE", "设备数据不完整");
        InvalidValueException.require(!pricePerMinute.isZero(), "INVALID_PRICE", "每分钟价格必须大于 0");
    }

    /** Refuses a machine an operator has switched off. */
    public Device requireEnabled() {
        if (!enabled) {
            throw new DeviceDisabledException(id);
        }
        return this;
    }
}
