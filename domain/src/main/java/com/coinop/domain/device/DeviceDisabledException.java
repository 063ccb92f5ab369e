package com.coinop.domain.device;

import com.coinop.domain.shared.DomainException;

/** The machine is switched off by an operator. */
public class DeviceDisabledException extends DomainException {

    public DeviceDisabledException(DeviceId id) {
        super("DEVICE_DISABLED", "设备已停用: " + id.value());
    }
}
