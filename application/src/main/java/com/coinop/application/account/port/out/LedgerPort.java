package com.coinop.application.account.port.out;

import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.user.UserId;

import java.util.List;
import java.util.Optional;

/**
 * Reads the ledger, the entry of every change of a balance. Entries are written only with their move,
 * by {@link AccountBalancePort}.
 */
public interface LedgerPort {

    /** The entry booked under {@code reference}, if any. */
    Optional<LedgerEntry> findByReference(LedgerReference reference);

    /** The signed sum of the user's entries in fen: equal to the balance when the books are right. */
    long sumFen(UserId userId);

    /** How many entries the user's ledger has. */
    long countByUser(UserId userId);

    /** Up to {@code limit} of the user's entries, the latest booked first, after the first {@code offset}. */
    List<LedgerEntry> findByUser(UserId userId, long offset, int limit);
}
