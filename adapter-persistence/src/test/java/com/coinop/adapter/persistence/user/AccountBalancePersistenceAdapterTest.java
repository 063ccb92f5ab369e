package com.coinop.adapter.persistence.user;

import com.coinop.application.port.out.AccountBalancePort;
import com.coinop.application.port.out.LoadUserPort;
import com.coinop.application.port.out.TransactionPort;
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
