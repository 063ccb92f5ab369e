package com.coinop.application.port.out;

import com.coinop.domain.user.OpenId;

/** Who WeChat says the user is: the openid, and with scope snsapi_userinfo the nickname and avatar (else null). */
public record WechatIdentity(OpenId openId, String nickName, String headImgUrl) {

    public WechatIdentity {
        if (openId == null) {
            throw new IllegalArgumentException("a WeChat identity has an openid");
        }
    }
}
