package com.coinop.adapter.persistence.account;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link UserPersistenceAdapter} as the {@link LoadUserPort}. */
class UserPersistenceAdapterLoadUserPortTest extends LoadUserPortContract {

    @Autowired
    private UserPersistenceAdapter adapter;

    @Override
    protected LoadUserPort loadUserPort() {
        return adapter;
    }

    @Override
    protected SaveUserPort saveUserPort() {
        return adapter;
    }
}
