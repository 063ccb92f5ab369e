package com.coinop.domain.user;

import com.coinop.domain.shared.InvalidValueException;

/** Whether a user may sign in, recharge and start a session. The code is the seed's {@code state}. */
public enum UserState {
    DISABLED(0),
    ACTIVE(1);

    private final int code;

    UserState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static UserState ofCode(int code) {
        for (UserState state : values()) {
            if (state.code == code) {
                return state;
            }
        }
        throw new InvalidValueException("INVALID_USER_STATE", "未知的用户状态: " + code);
    }
}
