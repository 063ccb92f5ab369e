package com.coinop.application.device.port.in;

import com.coinop.domain.device.Device;
import com.coinop.domain.shared.IllegalStateTransitionException;

/** An operator registers a new machine under the id printed in its QR code. */
public interface RegisterDeviceUseCase {

    /** @throws IllegalStateTransitionException DEVICE_ALREADY_EXISTS when a machine has that id */
    Device register(RegisterDeviceCommand command);
}
