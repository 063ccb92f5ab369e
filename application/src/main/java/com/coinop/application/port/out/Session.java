package com.coinop.application.port.out;

import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;

/**
 * A browser's server-side session: the WeChat openid once OAuth is done, and the user once a mobile
 * is bound and the user signed in. Either may be null.
 */
public record Session(SessionId id, OpenId openId, UserId userId) {

    public Session {
        if (id == null) {
            throw new IllegalArgumentException("a session has an id");
        }
    }

    public boolean isSignedIn() {
        return userId != null;
    }
}
