package com.coinop.application.signin.port.out;

import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.WechatProfile;

/** Who WeChat says the user is: the openid, and with scope snsapi_userinfo the nickname and avatar. */
public record WechatIdentity(OpenId openId, WechatProfile profile) {

    public WechatIdentity {
        if (openId == null) {
            throw new IllegalArgumentException("a WeChat identity has an openid");
        }
        profile = profile == null ? WechatProfile.NONE : profile;
    }
}
