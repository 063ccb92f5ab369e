package com.coinop.domain.user;

import com.coinop.domain.shared.NotFoundException;

/** No user with that id. */
public class UserNotFoundException extends NotFoundException {

    public UserNotFoundException(UserId userId) {
        super("USER_NOT_FOUND", "用户不存在: " + userId.value());
    }
}
