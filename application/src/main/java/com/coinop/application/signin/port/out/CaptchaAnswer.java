package com.coinop.application.signin.port.out;

/** What the page's Geetest script returns once the user solved the captcha. */
public record CaptchaAnswer(String challenge, String validate, String seccode) {
}
