package com.coinop.application.signin.port.in;

import com.coinop.domain.shared.DomainException;

/**
 * The callback's state is missing, unknown, expired or was issued to another browser: the request did
 * not come back from a WeChat sign-in this browser started.
 */
public class OAuthStateInvalidException extends DomainException {

    public OAuthStateInvalidException() {
        super("OAUTH_STATE_INVALID", "微信授权已过期或不是从本页面发起, 请重新进入页面");
    }
}
