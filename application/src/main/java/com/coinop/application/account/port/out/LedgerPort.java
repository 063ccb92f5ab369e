package com.coinop.application.account.port.out;

import com.coinop.domain.ledger.DuplicateLedgerEntryException;
import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.user.UserId;

/** The ledger: one entry for every change of a balance. */
public interface LedgerPort {

    /**
     * Books an entry.
     *
     * @throws DuplicateLedgerEntryException when an entry of that kind and reference exists
     */
    void append(LedgerEntry entry);

    /** The signed sum of the user's entries in fen: equal to the balance when the books are right. */
    long sumFen(UserId userId);
}
