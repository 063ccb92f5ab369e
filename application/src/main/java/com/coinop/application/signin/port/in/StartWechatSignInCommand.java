package com.coinop.application.signin.port.in;

import com.coinop.application.shared.port.in.ClientAddress;
import com.coinop.application.signin.port.out.Session;

/**
 * Start WeChat OAuth for the browser's {@code session} (null when it has none yet) at {@code address},
 * coming back to {@code callbackUrl} and then to the page {@code redirect}, which the caller has checked
 * is a page of coinop.
 */
public record StartWechatSignInCommand(Session session, String redirect, String callbackUrl, ClientAddress address) {

    public StartWechatSignInCommand {
        if (redirect == null || callbackUrl == null || address == null) {
            throw new IllegalArgumentException("a WeChat sign-in starts with a page, a callback and an address");
        }
    }
}
