package com.coinop.application.account.port.in;

import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.user.User;

import java.util.List;

/**
 * A page of a user's ledger, newest first, with the user (and so the balance those entries add up to).
 *
 * @param total how many entries the user's ledger has
 */
public record UserLedger(User user, long total, List<LedgerEntry> entries) {

    public UserLedger {
        entries = List.copyOf(entries);
    }
}
