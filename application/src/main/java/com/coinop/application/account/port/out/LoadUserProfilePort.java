package com.coinop.application.account.port.out;

import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;

import java.util.Optional;

/**
 * Reads a user for showing, not for deciding: the answer may come from a copy kept in memory, which
 * every committed change to the user reaches within moments on every instance. Money and sign-in
 * decisions read through {@link LoadUserPort} or lock the row.
 */
public interface LoadUserProfilePort {

    Optional<User> findProfile(UserId id);
}
