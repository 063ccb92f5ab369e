package com.coinop.application.device.port.in;

import com.coinop.domain.device.DeviceId;
import com.coinop.domain.shared.DomainException;

/** A machine proved who it is, but an operator has disabled it: its API refuses it until it is enabled again. */
public class DeviceForbiddenException extends DomainException {

    public DeviceForbiddenException(DeviceId id) {
        super("DEVICE_FORBIDDEN", "设备已停用: " + id.value());
    }
}
