package com.coinop.application.device.service;

import com.coinop.domain.device.DeviceSecret;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The one rule of a machine's request signature: lower-case hex of HMAC-SHA256, keyed by the secret's ASCII
 * text, over five lines joined by {@code \n} (no newline after the last):
 * <pre>
 * METHOD
 * PATH
 * TIMESTAMP
 * NONCE
 * hex(SHA-256(body))
 * </pre>
 * e.g. with openssl: {@code printf 'POST\n/device/v1/heartbeat\n%s\n%s\n%s' "$ts" "$nonce" "$(printf %s "$body" |
 * sha256sum | cut -d' ' -f1)" | openssl dgst -sha256 -hmac "$secret"}.
 */
public final class DeviceSignatures {

    private static final HexFormat HEX = HexFormat.of();

    private DeviceSignatures() {
    }

    /** The signature of a request, as the machine computes it. */
    public static String sign(DeviceSecret secret, String method, String path, String timestamp, String nonce,
                              byte[] body) {
        String text = method + '\n' + path + '\n' + timestamp + '\n' + nonce + '\n' + HEX.formatHex(sha256(body));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code signature} is the request's, compared in constant time. */
    static boolean matches(String signature, DeviceSecret secret, String method, String path, String timestamp,
                           String nonce, byte[] body) {
        byte[] expected = sign(secret, method, path, timestamp, nonce, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
