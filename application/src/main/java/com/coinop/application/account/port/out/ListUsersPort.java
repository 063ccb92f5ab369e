package com.coinop.application.account.port.out;

import com.coinop.domain.user.User;

import java.util.List;

/** Pages through every user, newest first. */
public interface ListUsersPort {

    long countUsers();

    /** Up to {@code limit} users, the highest id (the newest) first, after the first {@code offset}. */
    List<User> findUsers(long offset, int limit);
}
