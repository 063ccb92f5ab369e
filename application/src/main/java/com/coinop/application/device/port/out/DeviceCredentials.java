package com.coinop.application.device.port.out;

import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceSecret;

import java.util.Optional;

/**
 * What a machine's signed request is checked against: its secret (empty until an operator issues one)
 * and whether it is enabled.
 */
public record DeviceCredentials(DeviceId id, Optional<DeviceSecret> secret, boolean enabled) {
}
