package com.coinop.application.device.port.out;

import com.coinop.domain.device.Device;

/** Stores machines (operators register them with the id printed in their QR code). */
public interface SaveDevicePort {

    /** Stores a new machine, or replaces the stored one with the same id. */
    void save(Device device);
}
