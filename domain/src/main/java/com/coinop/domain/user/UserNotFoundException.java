package com.coinop.domain.user;

import com.coinop.domain.shared.DomainException;

/** No user with that id. */
public class UserNotFoundException extends DomainException {

    public UserNotFoundException(UserId userId) {
        super("USER_NOT_FOUND", "用户不存在: " + userId.value());
    }
}
