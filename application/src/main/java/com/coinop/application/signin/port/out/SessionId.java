package com.coinop.application.signin.port.out;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/** The id of a server-side session: 128 random bits, URL-safe Base64 without padding (22 characters). */
public record SessionId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public SessionId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a session id");
        }
    }

    public static SessionId random() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return new SessionId(Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    /** The id a cookie names, or empty when the cookie's value cannot be one. */
    public static Optional<SessionId> parse(String value) {
        return value != null && FORMAT.matcher(value).matches() ? Optional.of(new SessionId(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value.substring(0, 4) + "…";
    }
}
