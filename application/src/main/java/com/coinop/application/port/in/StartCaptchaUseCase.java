package com.coinop.application.port.in;

import com.coinop.application.port.out.CaptchaChallenge;
import com.coinop.application.port.out.CaptchaClient;

/** Registers a captcha challenge for the page ({@code GET /wechat/geetest}). */
public interface StartCaptchaUseCase {

    CaptchaChallenge startCaptcha(CaptchaClient client);
}
