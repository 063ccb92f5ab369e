package com.coinop.application.recharge.port.in;

import com.coinop.application.shared.port.in.RateLimitedException;

import java.time.Duration;

/** The user has as many orders waiting for payment as allowed; the first of them expires after {@code retryAfter}. */
public class TooManyOpenRechargesException extends RateLimitedException {

    public TooManyOpenRechargesException(int allowed, Duration retryAfter) {
        super("TOO_MANY_OPEN_RECHARGES", "未支付的充值单已有 " + allowed + " 笔, 请先完成支付", retryAfter);
    }
}
