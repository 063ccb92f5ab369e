package com.coinop.domain.device;

import com.coinop.domain.shared.InvalidValueException;

/** The id of a machine, positive. */
public record DeviceId(long value) {

    /**
     * The largest id a registered machine may have: 18 digits, the most a QR code's machine id may have
     * (longer ones could not be read back by the page's scan).
     */
    public static final long MAX_PRINTED = 999_999_999_999_999_999L;

    public DeviceId {
        InvalidValueException.require(value > 0, "INVALID_DEVICE_ID", "设备编号无效");
    }
}
