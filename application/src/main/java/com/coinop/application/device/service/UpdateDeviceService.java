package com.coinop.application.device.service;

import com.coinop.application.device.port.in.DeviceChange;
import com.coinop.application.device.port.in.UpdateDeviceCommand;
import com.coinop.application.device.port.in.UpdateDeviceUseCase;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceNotFoundException;

/**
 * Changes a machine in one transaction holding its row: the values not given are those read under the
 * lock, so two operators changing different values of one machine at once both keep theirs.
 */
public class UpdateDeviceService implements UpdateDeviceUseCase {

    private final LoadDevicePort loadDevicePort;
    private final SaveDevicePort saveDevicePort;
    private final TransactionPort transactionPort;

    public UpdateDeviceService(LoadDevicePort loadDevicePort, SaveDevicePort saveDevicePort,
                               TransactionPort transactionPort) {
        this.loadDevicePort = loadDevicePort;
        this.saveDevicePort = saveDevicePort;
        this.transactionPort = transactionPort;
    }

    @Override
    public DeviceChange update(UpdateDeviceCommand command) {
        return transactionPort.inTransaction(() -> {
            Device before = loadDevicePort.lockById(command.id())
                    .orElseThrow(() -> new DeviceNotFoundException(command.id()));
            Device after = command.applyTo(before);
            if (!after.equals(before)) {
                saveDevicePort.update(after);
            }
            return new DeviceChange(before, after);
        });
    }
}
