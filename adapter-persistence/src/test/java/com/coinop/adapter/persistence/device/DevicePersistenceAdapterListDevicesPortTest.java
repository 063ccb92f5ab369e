package com.coinop.adapter.persistence.device;

import com.coinop.application.device.port.out.ListDevicesPort;
import com.coinop.application.device.port.out.SaveDevicePort;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link DevicePersistenceAdapter} as the {@link ListDevicesPort}. */
class DevicePersistenceAdapterListDevicesPortTest extends ListDevicesPortContract {

    @Autowired
    private DevicePersistenceAdapter adapter;

    @Override
    protected ListDevicesPort listDevicesPort() {
        return adapter;
    }

    @Override
    protected SaveDevicePort saveDevicePort() {
        return adapter;
    }
}
