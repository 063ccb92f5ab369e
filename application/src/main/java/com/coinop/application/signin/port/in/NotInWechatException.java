package com.coinop.application.signin.port.in;

import com.coinop.domain.shared.DomainException;

/** The browser has no WeChat openid yet: the page has to be opened in WeChat (OAuth) first. */
public class NotInWechatException extends DomainException {

    public NotInWechatException() {
        super("NO_OPENID", "请在微信中打开此页面");
    }
}
