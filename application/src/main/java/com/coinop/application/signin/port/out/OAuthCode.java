package com.coinop.application.signin.port.out;

import com.coinop.domain.shared.InvalidValueException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The code WeChat hands the browser at the OAuth2 callback. It is a credential for five minutes, so
 * what is kept or locked about it is named by its {@link #digest()}, never by the code itself.
 */
public record OAuthCode(String value) {

    /** WeChat's codes are 32 characters; anything far longer is not one and is not sent on. */
    private static final int MAX_LENGTH = 128;

    public OAuthCode {
        InvalidValueException.require(value != null && !value.isBlank() && value.length() <= MAX_LENGTH
                        && value.chars().allMatch(c -> c > 0x20 && c < 0x7f),
                "INVALID_OAUTH_CODE", "微信授权码无效, 请重新进入页面");
    }

    /** SHA-256 of the code, in hex. */
    public String digest() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "OAuthCode[…]";
    }
}
