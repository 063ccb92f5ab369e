package com.coinop.application.signin.port.out;

import com.coinop.domain.shared.DomainException;

/** WeChat refused an OAuth code: unknown, expired or already used (errcode 40029, 40163, …). */
public class WechatCodeRejectedException extends DomainException {

    public WechatCodeRejectedException(int errcode) {
        super("WECHAT_CODE_REJECTED", "微信授权已失效, 请重新进入页面 (" + errcode + ")");
    }
}
