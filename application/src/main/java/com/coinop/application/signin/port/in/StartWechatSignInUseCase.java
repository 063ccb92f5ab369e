package com.coinop.application.signin.port.in;

/** Sends the browser to WeChat's OAuth2 authorize page ({@code GET /wechat/oauth/authorize}). */
public interface StartWechatSignInUseCase {

    WechatSignInStart start(StartWechatSignInCommand command);
}
