package com.coinop.domain.ledger;

import com.coinop.domain.shared.DomainException;

/** The same change booked twice: an entry of that kind and reference already exists. */
public class DuplicateLedgerEntryException extends DomainException {

    public DuplicateLedgerEntryException(LedgerReference reference) {
        super("DUPLICATE_LEDGER_ENTRY", "该账目已记账: " + reference);
    }
}
