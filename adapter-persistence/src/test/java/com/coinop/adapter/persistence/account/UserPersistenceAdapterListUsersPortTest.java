package com.coinop.adapter.persistence.account;

import com.coinop.application.account.port.out.ListUsersPort;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link UserPersistenceAdapter} as the {@link ListUsersPort}. */
class UserPersistenceAdapterListUsersPortTest extends ListUsersPortContract {

    @Autowired
    private UserPersistenceAdapter adapter;

    @Override
    protected ListUsersPort listUsersPort() {
        return adapter;
    }
}
