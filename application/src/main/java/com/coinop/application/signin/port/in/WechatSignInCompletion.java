package com.coinop.application.signin.port.in;

import com.coinop.application.signin.port.out.Session;

/** The page to return to and the browser's session afterwards (a new id when WeChat named the user). */
public record WechatSignInCompletion(String redirect, Session session) {
}
