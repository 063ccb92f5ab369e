package com.coinop.application.signin.port.in;

import com.coinop.application.shared.port.in.RateLimitedException;

import java.time.Duration;

/**
 * While the captcha service is down (failback: answers cannot be checked), every instance together sends
 * at most a budget of codes a minute; this one would have gone past it. Not the caller's fault: 503.
 */
public class SmsBudgetExhaustedException extends RateLimitedException {

    public SmsBudgetExhaustedException(int perMinute, Duration retryAfter) {
        super("SMS_BUDGET_EXHAUSTED", "验证服务繁忙 (验证码发送已达每分钟 " + perMinute + " 条的上限)", retryAfter);
    }
}
