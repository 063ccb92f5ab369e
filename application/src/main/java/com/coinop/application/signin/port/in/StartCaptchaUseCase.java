package com.coinop.application.signin.port.in;

import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.signin.port.out.CaptchaChallenge;

/** Registers a captcha challenge for the page ({@code GET /wechat/geetest}), for a WeChat session only. */
public interface StartCaptchaUseCase {

    /**
     * @throws NotInWechatException when the session holds no WeChat openid
     * @throws RateLimitedException when the session or the address asked too often
     */
    CaptchaChallenge startCaptcha(StartCaptchaCommand command);
}
