package com.coinop.domain.user;

import com.coinop.domain.shared.InvalidValueException;

/** A WeChat openid: the user's id within coinop's official account. */
public record OpenId(String value) {

    public OpenId {
        InvalidValueException.require(value != null && !value.isBlank() && value.length() <= 64,
                "INVALID_OPENID", "openid 无效");
    }
}
