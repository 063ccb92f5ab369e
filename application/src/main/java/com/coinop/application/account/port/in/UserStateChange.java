package com.coinop.application.account.port.in;

import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.User;

import java.util.Optional;

/**
 * A user after an operator disabled or enabled them.
 *
 * @param user         the user as stored now (state, balance)
 * @param changed      false when the user already was in that state: nothing changed
 * @param endedSession the session in progress that this change ended and charged, if there was one
 */
public record UserStateChange(User user, boolean changed, Optional<UsageSession> endedSession) {

    public UserStateChange {
        if (user == null || endedSession == null) {
            throw new IllegalArgumentException("a state change has the user and maybe an ended session");
        }
    }
}
