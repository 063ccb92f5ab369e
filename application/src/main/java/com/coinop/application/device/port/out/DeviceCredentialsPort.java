package com.coinop.application.device.port.out;

import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceSecret;

import java.util.Optional;

/** The machines' secrets. */
public interface DeviceCredentialsPort {

    /** The machine's credentials; empty when no machine has that id. */
    Optional<DeviceCredentials> findCredentials(DeviceId id);

    /**
     * Replaces the machine's secret (the old one stops working at once).
     *
     * @return false when no machine has that id
     */
    boolean saveSecret(DeviceId id, DeviceSecret secret);
}
