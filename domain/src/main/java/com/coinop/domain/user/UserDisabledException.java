package com.coinop.domain.user;

import com.coinop.domain.shared.DomainException;

/** The user is disabled and may not sign in, recharge or start a session. */
public class UserDisabledException extends DomainException {

    public UserDisabledException(UserId userId) {
        super("USER_DISABLED", userId == null ? "该用户已被禁用" : "该用户已被禁用 (用户 " + userId.value() + ")");
    }
}
