package com.coinop.application.device.port.in;

import com.coinop.domain.device.DeviceNotFoundException;

/**
 * An operator changes a machine's location, price per minute or whether it takes users. A new price holds
 * for sessions started from then on (a session copies the price at its start); switched off, the machine
 * takes no new session, and one in progress runs on to its end.
 */
public interface UpdateDeviceUseCase {

    /** @throws DeviceNotFoundException when there is no such machine */
    DeviceChange update(UpdateDeviceCommand command);
}
