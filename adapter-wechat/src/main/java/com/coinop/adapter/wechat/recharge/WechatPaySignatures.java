package com.coinop.adapter.wechat.recharge;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that WeChat Pay signed a message (an answer or a notification): the key named by
 * {@code Wechatpay-Serial} must be one coinop configured, and the SHA256withRSA signature over
 * {@code timestamp\nnonce\nbody\n} must verify with it. Written here rather than taken from WxJava, whose
 * public-key verifier tries the public key whatever serial the message names.
 */
final class WechatPaySignatures {

    static final String SERIAL = "Wechatpay-Serial";
    static final String SIGNATURE = "Wechatpay-Signature";
    static final String TIMESTAMP = "Wechatpay-Timestamp";
    static final String NONCE = "Wechatpay-Nonce";

    private final Map<String, PublicKey> keys;

    WechatPaySignatures(Map<String, PublicKey> keys) {
        this.keys = Map.copyOf(keys);
    }

    /** Why the message is not WeChat Pay's, or empty when the signature verifies. */
    Optional<String> problem(String serial, String timestamp, String nonce, String body, String signature) {
        if (serial == null || serial.isBlank()) {
            return Optional.of("the " + SERIAL + " header is missing");
        }
        if (signature == null || signature.isBlank()) {
            return Optional.of("the " + SIGNATURE + " header is missing");
        }
        if (timestamp == null || timestamp.isBlank()) {
            return Optional.of("the " + TIMESTAMP + " header is missing");
        }
        if (nonce == null || nonce.isBlank()) {
            return Optional.of("the " + NONCE + " header is missing");
        }
        PublicKey key = keys.get(serial.strip());
        if (key == null) {
            return Optional.of(SERIAL + " names a key coinop does not know");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of("the " + SIGNATURE + " header is not base64");
        }
        String message = timestamp + "\n" + nonce + "\n" + (body == null ? "" : body) + "\n";
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(message.getBytes(UTF_8));
            return verifier.verify(decoded) ? Optional.empty() : Optional.of("the signature does not verify with WeChat Pay's key");
        } catch (GeneralSecurityException e) {
            return Optional.of("the signature does not verify with WeChat Pay's key");
        }
    }
}
