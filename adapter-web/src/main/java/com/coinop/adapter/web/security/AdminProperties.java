package com.coinop.adapter.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * The operators' API, under {@code coinop.admin} ({@code COINOP_ADMIN_TOKEN}).
 *
 * @param token the bearer token every {@code /admin/} request must carry; unset or blank, the admin API
 *              is off (its routes do not exist). Set, it must be at least {@value #MIN_LENGTH} characters
 *              of a bearer token's alphabet, or start-up stops.
 */
@ConfigurationProperties("coinop.admin")
public record AdminProperties(String token) {

    public static final int MIN_LENGTH = 32;
    public static final int MAX_LENGTH = 512;

    /** RFC 6750's b64token: what a client can send after {@code Bearer } as it is. */
    private static final Pattern BEARER_TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

    public AdminProperties {
        token = token == null || token.isBlank() ? null : token.strip();
        if (token != null && (token.length() < MIN_LENGTH || token.length() > MAX_LENGTH
                || !BEARER_TOKEN.matcher(token).matches())) {
            // the value itself is never repeated: it may be a real token with a typo
            throw new IllegalArgumentException("coinop.admin.token (COINOP_ADMIN_TOKEN) must be " + MIN_LENGTH + " to "
                    + MAX_LENGTH + " characters of A-Z a-z 0-9 - . _ ~ + / (e.g. from `openssl rand -hex 32`); "
                    + "leave it unset to switch the admin API off");
        }
    }

    /** Whether the admin API is on. */
    public boolean enabled() {
        return token != null;
    }

    /**
     * Whether {@code presented} is the token, in time that does not depend on where they differ: both are
     * hashed first, so even their lengths are compared in constant time.
     */
    public boolean accepts(String presented) {
        return token != null && presented != null
                && MessageDigest.isEqual(sha256(token), sha256(presented));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Never the token: a record would print it wherever the properties are logged. */
    @Override
    public String toString() {
        return "AdminProperties[token=" + (token == null ? "unset" : "(set)") + "]";
    }
}
