package com.coinop.domain.shared;

/**
 * A broken business rule. Each subclass names one rule; {@link #code()} is the stable upper-case
 * code the web adapter puts in {@code error_code}.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The stable, upper-case code programs can rely on. */
    public String code() {
        return code;
    }
}
