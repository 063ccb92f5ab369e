package com.coinop.application.signin.port.in;

import com.coinop.application.signin.port.out.Session;

/** Where to send the browser (WeChat's authorize page), and the session it goes with (maybe new). */
public record WechatSignInStart(String authorizationUrl, Session session) {
}
