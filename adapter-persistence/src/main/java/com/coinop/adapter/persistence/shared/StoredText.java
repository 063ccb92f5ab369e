package com.coinop.adapter.persistence.shared;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A free-text field (a nickname, an avatar URL) inside a value a Redis store writes as fields joined by
 * a separator: URL-encoded, so it never holds the separator; absent is the empty field.
 */
public final class StoredText {

    private StoredText() {
    }

    /** {@code text} as a field; null becomes the empty field. */
    public static String encode(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The text a field holds; the empty field is null. */
    public static String decode(String field) {
        return field.isEmpty() ? null : URLDecoder.decode(field, StandardCharsets.UTF_8);
    }
}
