package com.coinop.adapter.persistence.account;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.shared.port.out.TransactionPort;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link AccountBalancePersistenceAdapter} as the {@link AccountBalancePort}. */
class AccountBalancePersistenceAdapterTest extends AccountBalancePortContract {

    @Autowired
    private AccountBalancePersistenceAdapter adapter;

    @Autowired
    private TransactionPort transactionPort;

    @Autowired
    private LoadUserPort loadUserPort;

    @Override
    protected AccountBalancePort accountBalancePort() {
        return adapter;
    }

    @Override
    protected TransactionPort transactionPort() {
        return transactionPort;
    }

    @Override
    protected LoadUserPort loadUserPort() {
        return loadUserPort;
    }
}
