package com.coinop.application.device.service;

import com.coinop.application.device.port.in.RotateDeviceSecretUseCase;
import com.coinop.application.device.port.out.DeviceCredentialsPort;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceNotFoundException;
import com.coinop.domain.device.DeviceSecret;

/** A fresh random secret, stored with one update; a machine that does not exist gets none. */
public class RotateDeviceSecretService implements RotateDeviceSecretUseCase {

    private final DeviceCredentialsPort credentialsPort;

    public RotateDeviceSecretService(DeviceCredentialsPort credentialsPort) {
        this.credentialsPort = credentialsPort;
    }

    @Override
    public DeviceSecret rotate(DeviceId device) {
        DeviceSecret secret = DeviceSecret.generate();
        if (!credentialsPort.saveSecret(device, secret)) {
            throw new DeviceNotFoundException(device);
        }
        return secret;
    }
}
