package com.coinop.application.account.port.in;

import com.coinop.application.shared.port.in.Paged;
import com.coinop.domain.user.User;

/** The users for operators, newest first, with their balances. */
public interface ListUsersUseCase {

    Paged<User> listUsers(UserListQuery query);
}
