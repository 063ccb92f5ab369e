package com.coinop.adapter.persistence.device;

import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link DevicePersistenceAdapter} as the {@link LoadDevicePort}. */
class DevicePersistenceAdapterLoadDevicePortTest extends LoadDevicePortContract {

    @Autowired
    private DevicePersistenceAdapter adapter;

    @Override
    protected LoadDevicePort loadDevicePort() {
        return adapter;
    }

    @Override
    protected SaveDevicePort saveDevicePort() {
        return adapter;
    }
}
