package com.coinop.application.device.service;

import com.coinop.application.device.port.in.RegisterDeviceCommand;
import com.coinop.application.device.port.in.RegisterDeviceUseCase;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.domain.device.Device;

/**
 * Registers a machine with one insert: the database's primary key, not a read before it, refuses an id
 * that is taken, so two operators registering one id at once cannot both succeed.
 */
public class RegisterDeviceService implements RegisterDeviceUseCase {

    private final SaveDevicePort saveDevicePort;

    public RegisterDeviceService(SaveDevicePort saveDevicePort) {
        this.saveDevicePort = saveDevicePort;
    }

    @Override
    public Device register(RegisterDeviceCommand command) {
        saveDevicePort.insert(command.device());
        return command.device();
    }
}
