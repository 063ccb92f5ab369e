package com.coinop.application.signin.port.in;

/**
 * Takes WeChat's code at the OAuth2 callback ({@code GET /wechat/oauth/callback}): the openid and profile
 * go into the session, and a user bound to that openid is signed in.
 */
public interface CompleteWechatSignInUseCase {

    /**
     * @throws OAuthStateInvalidException when the state is missing, unknown, expired or another browser's
     * @throws com.coinop.application.signin.port.out.WechatCodeRejectedException when WeChat refuses the code
     */
    WechatSignInCompletion complete(CompleteWechatSignInCommand command);
}
