package com.coinop.domain.user;

import com.coinop.domain.shared.InvalidValueException;

import java.time.LocalDateTime;

/**
 * A person using the H5 page: the WeChat profile, the bound mobile, the prepaid account and
 * whether the user is active. {@code id} is null only before the user is first stored.
 */
public record User(UserId id, OpenId openId, String nickName, String headImgUrl, Mobile mobile,
                   Account account, UserState state, LocalDateTime ctime, LocalDateTime utime) {

    public User {
        InvalidValueException.require(account != null && state != null && ctime != null && utime != null,
                "INVALID_USER", "用户数据不完整");
    }

    /** A user signing in for the first time: active, empty account. */
    public static User register(OpenId openId, String nickName, String headImgUrl, Mobile mobile, LocalDateTime now) {
        return new User(null, openId, nickName, headImgUrl, mobile, Account.EMPTY, UserState.ACTIVE, now, now);
    }

    /** A user rebuilt from storage. */
    public static User withId(UserId id, OpenId openId, String nickName, String headImgUrl, Mobile mobile,
                              Account account, UserState state, LocalDateTime ctime, LocalDateTime utime) {
        InvalidValueException.require(id != null, "INVALID_USER", "用户编号缺失");
        return new User(id, openId, nickName, headImgUrl, mobile, account, state, ctime, utime);
    }

    public boolean isActive() {
        return state == UserState.ACTIVE;
    }

    /** Refuses a disabled user: the guard of sign-in, recharge and starting a session. */
    public User requireActive() {
        if (!isActive()) {
            throw new UserDisabledException(id);
        }
        return this;
    }
}
