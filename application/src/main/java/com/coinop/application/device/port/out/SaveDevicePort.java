package com.coinop.application.device.port.out;

import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceNotFoundException;
import com.coinop.domain.shared.IllegalStateTransitionException;

/** Stores machines (operators register them with the id printed in their QR code). */
public interface SaveDevicePort {

    /** Stores a new machine, or replaces the stored one with the same id. */
    void save(Device device);

    /**
     * Stores a new machine, refusing an id that is taken.
     *
     * @throws IllegalStateTransitionException DEVICE_ALREADY_EXISTS when a machine has that id
     */
    void insert(Device device);

    /**
     * Replaces the stored machine with the same id.
     *
     * @throws DeviceNotFoundException when there is no such machine
     */
    void update(Device device);
}
