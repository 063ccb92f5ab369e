package com.coinop.domain.device;

import com.coinop.domain.shared.NotFoundException;

/** No machine with that id. */
public class DeviceNotFoundException extends NotFoundException {

    public DeviceNotFoundException(DeviceId id) {
        super("DEVICE_NOT_FOUND", "设备不存在: " + id.value());
    }
}
