package com.coinop.application.signin.port.in;

import com.coinop.domain.shared.DomainException;

/** The SMS code does not sign in: wrong, expired, already used, or tried too often. */
public class InvalidSmsCodeException extends DomainException {

    private InvalidSmsCodeException(String message) {
        super("INVALID_SMS_CODE", message);
    }

    public static InvalidSmsCodeException wrongOrExpired() {
        return new InvalidSmsCodeException("验证码错误或已失效");
    }

    public static InvalidSmsCodeException triedTooOften() {
        return new InvalidSmsCodeException("验证码错误次数过多, 请重新获取");
    }
}
