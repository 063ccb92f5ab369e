package com.coinop.application.signin.port.in;

import com.coinop.application.signin.port.out.Session;

/**
 * WeChat's answer arriving at the callback: the {@code state} sent with the browser, and the
 * {@code code} (null when the user refused), in the browser's {@code session} (null when it has none).
 */
public record CompleteWechatSignInCommand(Session session, String state, String code) {
}
