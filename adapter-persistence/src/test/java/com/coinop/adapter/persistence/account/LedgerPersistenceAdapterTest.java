package com.coinop.adapter.persistence.account;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.shared.port.out.TransactionPort;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link LedgerPersistenceAdapter} as the {@link LedgerPort}. */
class LedgerPersistenceAdapterTest extends LedgerPortContract {

    @Autowired
    private LedgerPersistenceAdapter adapter;

    @Autowired
    private AccountBalancePort accountBalancePort;

    @Autowired
    private TransactionPort transactionPort;

    @Override
    protected LedgerPort ledgerPort() {
        return adapter;
    }

    @Override
    protected AccountBalancePort accountBalancePort() {
        return accountBalancePort;
    }

    @Override
    protected TransactionPort transactionPort() {
        return transactionPort;
    }
}
