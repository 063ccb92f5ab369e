package com.coinop.application.port.out;

import com.coinop.domain.user.User;

/** Stores new users. Balances are never written here: see {@link AccountBalancePort}. */
public interface SaveUserPort {

    /** Stores a user without id and returns it with its new id. */
    User insert(User user);
}
