package com.coinop.application.signin.port.in;

import com.coinop.application.shared.port.in.RateLimitedException;

/** Sends a 6-digit sign-in code by SMS, behind the captcha and the send limits ({@code POST /wechat/captcha}). */
public interface RequestSmsCodeUseCase {

    /**
     * @throws CaptchaFailedException when the captcha answer is wrong, unknown or already used
     * @throws RateLimitedException   when a send limit of the mobile or the client's IP is reached
     */
    void requestSmsCode(RequestSmsCodeCommand command);
}
