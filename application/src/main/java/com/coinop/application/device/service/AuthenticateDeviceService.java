package com.coinop.application.device.service;

import com.coinop.application.device.port.in.AuthenticateDeviceUseCase;
import com.coinop.application.device.port.in.DeviceForbiddenException;
import com.coinop.application.device.port.in.DeviceRequest;
import com.coinop.application.device.port.in.DeviceUnauthenticatedException;
import com.coinop.application.device.port.out.DeviceCredentials;
import com.coinop.application.device.port.out.DeviceCredentialsPort;
import com.coinop.application.device.port.out.DeviceNoncePort;
import com.coinop.domain.device.DeviceId;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Checks a machine's request in the order that costs a stranger the most and tells him the least: the
 * headers' form, the time, the signature (an unknown machine fails like a wrong signature), and only then
 * the nonce (claimed in Redis, so a stranger cannot burn a machine's nonces) and whether it is enabled.
 * A nonce is kept for twice the skew: a request older than the skew is refused by its time anyway.
 */
public class AuthenticateDeviceService implements AuthenticateDeviceUseCase {

    private static final Pattern DEVICE_ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-f]{64}");

    private final DeviceCredentialsPort credentialsPort;
    private final DeviceNoncePort noncePort;
    private final Clock clock;
    private final Duration skew;

    public AuthenticateDeviceService(DeviceCredentialsPort credentialsPort, DeviceNoncePort noncePort, Clock clock,
                                     Duration skew) {
        if (skew.isNegative() || skew.isZero()) {
            throw new IllegalArgumentException("the allowed clock skew of a machine must be positive");
        }
        this.credentialsPort = credentialsPort;
        this.noncePort = noncePort;
        this.clock = clock;
        this.skew = skew;
    }

    @Override
    public DeviceId authenticate(DeviceRequest request) {
        DeviceId device = new DeviceId(Long.parseLong(require(request.deviceId(), DEVICE_ID, "X-Device-Id")));
        long timestamp = Long.parseLong(require(request.timestamp(), TIMESTAMP, "X-Timestamp"));
        String nonce = require(request.nonce(), NONCE, "X-Nonce");
        String signature = require(request.signature(), SIGNATURE, "X-Signature");
        if (Math.abs(clock.instant().getEpochSecond() - timestamp) > skew.toSeconds()) {
            throw DeviceUnauthenticatedException.staleTimestamp(skew.toSeconds());
        }
        DeviceCredentials credentials = credentialsPort.findCredentials(device)
                .filter(found -> found.secret().isPresent())
                .orElseThrow(DeviceUnauthenticatedException::badSignature);
        if (!DeviceSignatures.matches(signature, credentials.secret().orElseThrow(), request.method(), request.path(),
                request.timestamp(), nonce, request.body())) {
            throw DeviceUnauthenticatedException.badSignature();
        }
        if (!noncePort.claim(device, nonce, skew.multipliedBy(2))) {
            throw DeviceUnauthenticatedException.reusedNonce();
        }
        if (!credentials.enabled()) {
            throw new DeviceForbiddenException(device);
        }
        return device;
    }

    private static String require(String header, Pattern format, String name) {
        if (header == null || !format.matcher(header).matches()) {
            throw DeviceUnauthenticatedException.malformed(name);
        }
        return header;
    }
}
