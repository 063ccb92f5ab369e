package com.coinop.application.device.port.in;

import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceSecret;

/**
 * An operator issues a machine a new secret for its signed API: the old one stops working at once, and the
 * new one is answered this once (coinop keeps it, but never shows it again).
 */
public interface RotateDeviceSecretUseCase {

    /** @throws com.coinop.domain.device.DeviceNotFoundException when no machine has that id */
    DeviceSecret rotate(DeviceId device);
}
