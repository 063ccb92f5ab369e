package com.coinop.adapter.persistence.shared;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.shared.port.out.TransactionPort;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link TransactionTemplateAdapter} as the {@link TransactionPort}. */
class TransactionTemplateAdapterTest extends TransactionPortContract {

    @Autowired
    private TransactionTemplateAdapter adapter;

    @Autowired
    private AccountBalancePort accountBalancePort;

    @Autowired
    private LedgerPort ledgerPort;

    @Autowired
    private LoadUserPort loadUserPort;

    @Override
    protected TransactionPort transactionPort() {
        return adapter;
    }

    @Override
    protected AccountBalancePort accountBalancePort() {
        return accountBalancePort;
    }

    @Override
    protected LedgerPort ledgerPort() {
        return ledgerPort;
    }

    @Override
    protected LoadUserPort loadUserPort() {
        return loadUserPort;
    }
}
