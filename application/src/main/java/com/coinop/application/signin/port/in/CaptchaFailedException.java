package com.coinop.application.signin.port.in;

import com.coinop.domain.shared.DomainException;

/** The captcha was not solved: a wrong answer, or a challenge unknown, expired or already used. */
public class CaptchaFailedException extends DomainException {

    public CaptchaFailedException() {
        super("CAPTCHA_FAILED", "验证未通过, 请重新验证");
    }
}
