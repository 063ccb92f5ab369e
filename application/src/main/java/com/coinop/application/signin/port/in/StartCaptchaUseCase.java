package com.coinop.application.signin.port.in;

import com.coinop.application.signin.port.out.CaptchaChallenge;
import com.coinop.application.signin.port.out.CaptchaClient;

/** Registers a captcha challenge for the page ({@code GET /wechat/geetest}). */
public interface StartCaptchaUseCase {

    CaptchaChallenge startCaptcha(CaptchaClient client);
}
