package com.coinop.domain.ledger;

import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserId;

import java.time.LocalDateTime;

/**
 * One change of one user's balance: why ({@code reference}: kind and what it belongs to), how much,
 * and the balance right after it. The signed amounts of a user's entries add up to the user's balance.
 */
public record LedgerEntry(UserId userId, LedgerReference reference, Money amount, Money balanceAfter,
                          LocalDateTime ctime) {

    public LedgerEntry {
        InvalidValueException.require(userId != null && reference != null && amount != null && balanceAfter != null
                && ctime != null, "INVALID_LEDGER_ENTRY", "账目不完整");
        InvalidValueException.require(!amount.isZero(), "INVALID_LEDGER_ENTRY", "账目金额必须大于 0");
    }

    public LedgerKind kind() {
        return reference.kind();
    }

    /** The amount in fen with its sign: positive for a credit, negative for a debit. */
    public long signedFen() {
        return kind().isCredit() ? amount.fen() : -amount.fen();
    }
}
