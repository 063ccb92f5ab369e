package com.coinop.domain.user;

import com.coinop.domain.shared.InvalidValueException;

/** The id of a user, positive. */
public record UserId(long value) {

    public UserId {
        InvalidValueException.require(value > 0, "INVALID_USER_ID", "用户编号无效");
    }
}
