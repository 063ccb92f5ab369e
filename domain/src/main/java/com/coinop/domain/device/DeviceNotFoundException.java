package com.coinop.domain.device;

import com.coinop.domain.shared.DomainException;

/** No machine with that id. */
public class DeviceNotFoundException extends DomainException {

    public DeviceNotFoundException(DeviceId id) {
        super("DEVICE_NOT_FOUND", "设备不存在: " + id.value());
    }
}
