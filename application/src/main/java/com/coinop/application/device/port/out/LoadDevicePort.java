package com.coinop.application.device.port.out;

import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;

import java.util.Optional;

/** Reads machines. */
public interface LoadDevicePort {

    Optional<Device> findById(DeviceId id);
}
