package com.coinop.application.device.port.in;

import com.coinop.domain.shared.DomainException;

/**
 * A machine's request that does not prove who sent it. An unknown machine, one without a secret and a wrong
 * signature share one message, so a stranger learns nothing about which machines exist; a stale timestamp
 * and a used nonce say so, which helps a machine with a wrong clock and tells an attacker nothing.
 */
public class DeviceUnauthenticatedException extends DomainException {

    private DeviceUnauthenticatedException(String message) {
        super("DEVICE_UNAUTHENTICATED", message);
    }

    public static DeviceUnauthenticatedException malformed(String header) {
        return new DeviceUnauthenticatedException("缺少或无效的请求头 " + header);
    }

    public static DeviceUnauthenticatedException badSignature() {
        return new DeviceUnauthenticatedException("设备签名无效");
    }

    public static DeviceUnauthenticatedException staleTimestamp(long skewSeconds) {
        return new DeviceUnauthenticatedException("X-Timestamp 与服务器时间相差超过 " + skewSeconds + " 秒");
    }

    public static DeviceUnauthenticatedException reusedNonce() {
        return new DeviceUnauthenticatedException("X-Nonce 已使用过");
    }
}
