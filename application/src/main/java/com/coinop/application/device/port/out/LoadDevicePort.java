package com.coinop.application.device.port.out;

import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;

import java.util.Optional;

/** Reads machines. */
public interface LoadDevicePort {

    Optional<Device> findById(DeviceId id);

    /**
     * Reads the machine and holds its row until the transaction ends, so two operators' changes of one
     * machine cannot overwrite each other. Call it inside {@link TransactionPort#inTransaction}.
     */
    Optional<Device> lockById(DeviceId id);
}
