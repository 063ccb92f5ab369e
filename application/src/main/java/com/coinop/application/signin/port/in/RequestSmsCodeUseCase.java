package com.coinop.application.signin.port.in;

import com.coinop.application.shared.port.in.RateLimitedException;

/**
 * Sends a 6-digit sign-in code by SMS to a WeChat session, behind the captcha and the send limits
 * ({@code POST /wechat/captcha}).
 */
public interface RequestSmsCodeUseCase {

    /**
     * @throws NotInWechatException        when the session holds no WeChat openid
     * @throws CaptchaFailedException       when the captcha answer is wrong, unknown or already used
     * @throws RateLimitedException        when a send limit of the mobile, the address or the WeChat user is reached
     * @throws SmsBudgetExhaustedException  while the captcha service is down, when every instance together
     *                                     sent the budget of the minute
     */
    void requestSmsCode(RequestSmsCodeCommand command);
}
