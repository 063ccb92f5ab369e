package com.coinop.application.signin.port.out;

import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.WechatProfile;

/**
 * A browser's server-side session: the WeChat openid and profile once OAuth is done, and the user once
 * a mobile is bound and the user signed in. Either may be null; the profile is {@link WechatProfile#NONE}
 * when WeChat said nothing about it.
 */
public record Session(SessionId id, OpenId openId, UserId userId, WechatProfile wechatProfile) {

    public Session {
        if (id == null) {
            throw new IllegalArgumentException("a session has an id");
        }
        wechatProfile = wechatProfile == null ? WechatProfile.NONE : wechatProfile;
    }

    /** A session without a WeChat profile. */
    public Session(SessionId id, OpenId openId, UserId userId) {
        this(id, openId, userId, WechatProfile.NONE);
    }

    public boolean isSignedIn() {
        return userId != null;
    }

    /** The same browser signed in as {@code user}. */
    public Session signedInAs(UserId user) {
        return new Session(id, openId, user, wechatProfile);
    }
}
