package com.coinop.adapter.persistence.shared;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The one check that an adapter operation made of several statements runs inside a use case's transaction. */
public final class Transactions {

    private Transactions() {
    }

    /**
     * Fails unless a transaction is active: outside one, a read after a move could see someone else's
     * move, a row lock would be released at once, and the statements could half succeed.
     */
    public static void requireActive(String operation) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(operation + " must run inside TransactionPort.inTransaction");
        }
    }
}
