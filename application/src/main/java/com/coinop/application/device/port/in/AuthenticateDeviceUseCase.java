package com.coinop.application.device.port.in;

import com.coinop.domain.device.DeviceId;

/**
 * Checks a machine's signed request: a known machine with a secret, a signature by that secret over the
 * method, path, timestamp, nonce and body hash, a timestamp within the allowed skew, a nonce never used
 * before, an enabled machine.
 */
public interface AuthenticateDeviceUseCase {

    /**
     * @return the machine that signed the request
     * @throws DeviceUnauthenticatedException when the request is not provably from a machine (401)
     * @throws DeviceForbiddenException       when it is, but the machine is disabled (403)
     */
    DeviceId authenticate(DeviceRequest request);
}
