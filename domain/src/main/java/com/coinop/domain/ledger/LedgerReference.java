package com.coinop.domain.ledger;

import com.coinop.domain.shared.InvalidValueException;

/**
 * What a balance move is booked under: why it happened ({@code kind}) and which order, session or
 * ticket it belongs to ({@code value}, up to 64 characters). The ledger holds each reference once, so a
 * move that is retried with the same reference is recognised instead of booked twice.
 */
public record LedgerReference(LedgerKind kind, String value) {

    public static final int MAX_LENGTH = 64;

    public LedgerReference {
        InvalidValueException.require(kind != null, "INVALID_LEDGER_ENTRY", "账目类型缺失");
        InvalidValueException.require(value != null && !value.isBlank() && value.length() <= MAX_LENGTH,
                "INVALID_LEDGER_ENTRY", "账目引用无效");
    }

    @Override
    public String toString() {
        return kind + " " + value;
    }
}
