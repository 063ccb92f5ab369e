package com.coinop.adapter.web.signin;

import com.coinop.application.signin.port.out.CaptchaChallenge;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The seed's {@code /wechat/geetest} result: what the page hands to {@code initGeetest}. */
public record GeetestResponse(boolean success, String gt, String challenge,
                              @JsonProperty("new_captcha") boolean newCaptcha) {

    static GeetestResponse from(CaptchaChallenge challenge) {
        return new GeetestResponse(challenge.serverUp(), challenge.gt(), challenge.challenge(), challenge.newCaptcha());
    }
}
