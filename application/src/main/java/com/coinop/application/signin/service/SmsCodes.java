package com.coinop.application.signin.service;

import com.coinop.domain.user.Mobile;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes 6-digit sign-in codes and the keyed hash under which they are stored: HMAC-SHA256 of the
 * mobile and the code, so a copy of Redis does not give the codes away (a plain hash of a 6-digit
 * code is undone by trying all million).
 */
public class SmsCodes {

    private static final int CODE_SPACE = 1_000_000;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    public SmsCodes(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Six digits, leading zeros kept, every value equally likely. */
    public String newCode() {
        return String.format("%06d", random.nextInt(CODE_SPACE));
    }

    public String hash(Mobile mobile, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((mobile.value() + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
