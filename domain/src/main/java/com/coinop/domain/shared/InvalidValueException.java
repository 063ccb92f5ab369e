package com.coinop.domain.shared;

/** A value that breaks its own rules: a negative amount, a malformed mobile, a page of zero. */
public class InvalidValueException extends DomainException {

    public InvalidValueException(String code, String message) {
        super(code, message);
    }

    /** Fails with {@code code} and {@code message} unless {@code condition} holds. */
    public static void require(boolean condition, String code, String message) {
        if (!condition) {
            throw new InvalidValueException(code, message);
        }
    }
}
