package com.coinop.adapter.persistence.account;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link UserPersistenceAdapter} as the {@link SaveUserPort}. */
class UserPersistenceAdapterSaveUserPortTest extends SaveUserPortContract {

    @Autowired
    private UserPersistenceAdapter adapter;

    @Override
    protected SaveUserPort saveUserPort() {
        return adapter;
    }

    @Override
    protected LoadUserPort loadUserPort() {
        return adapter;
    }
}
