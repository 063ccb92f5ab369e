package com.coinop.domain.device;

import com.coinop.domain.shared.InvalidValueException;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret a machine signs its requests with: 64 lower-case hex digits (256 random bits), used as the
 * HMAC-SHA256 key in its ASCII form, so a machine's firmware or a shell script can use it as typed. Never
 * printed: {@link #toString()} masks it.
 */
public record DeviceSecret(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    public DeviceSecret {
        InvalidValueException.require(value != null && FORMAT.matcher(value).matches(), "INVALID_DEVICE_SECRET",
                "设备密钥必须是 64 位小写十六进制");
    }

    /** A new secret from the system's strong random source. */
    public static DeviceSecret generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new DeviceSecret(HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return "DeviceSecret[****]";
    }
}
