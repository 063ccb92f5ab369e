package com.coinop.application.port.in;

import com.coinop.application.port.out.Session;

/** Where to send the browser (WeChat's authorize page), and the session it goes with (maybe new). */
public record WechatSignInStart(String authorizationUrl, Session session) {
}
