package com.coinop.application.recharge.port.out;

import com.coinop.domain.shared.DomainException;

/**
 * A payment notification that cannot be shown to come from WeChat Pay for coinop: a missing or wrong
 * signature, a stale timestamp, a body that does not decrypt, another app id or merchant id, or one of
 * WeChat's signature probes. It credits nothing.
 */
public class ForgedNotificationException extends DomainException {

    public ForgedNotificationException(String why) {
        super("NOTIFICATION_REFUSED", "支付通知验证失败: " + why);
    }
}
