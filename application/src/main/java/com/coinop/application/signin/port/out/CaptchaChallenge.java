package com.coinop.application.signin.port.out;

/**
 * A registered captcha challenge, as the page's Geetest script takes it ({@code initGeetest}).
 *
 * @param serverUp   whether the Geetest server answered: false means failback mode, a challenge made
 *                   locally that is checked locally
 * @param gt         the captcha id of coinop's Geetest account
 * @param challenge  the challenge the page shows and answers
 * @param newCaptcha always true for Geetest v3
 */
public record CaptchaChallenge(boolean serverUp, String gt, String challenge, boolean newCaptcha) {
}
