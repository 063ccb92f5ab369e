package com.coinop.application.account.port.out;

import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.money.Money;

/**
 * A balance move as the ledger holds it.
 *
 * @param entry   the ledger entry of the move
 * @param repeated true when the move had been booked before under the same reference: this call
 *                 changed nothing
 */
public record BalanceMove(LedgerEntry entry, boolean repeated) {

    public BalanceMove {
        if (entry == null) {
            throw new IllegalArgumentException("a balance move has its ledger entry");
        }
    }

    public Money balanceAfter() {
        return entry.balanceAfter();
    }
}
