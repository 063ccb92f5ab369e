package com.coinop.application.signin.port.out;

/**
 * The captcha service (Geetest v3): registers challenges and checks answers. When the service is
 * down or answers garbage, registration falls back to a locally made challenge (failback mode) and
 * the answer to it is checked by the failback rule instead of by the service.
 */
public interface CaptchaPort {

    /** A new challenge for {@code client}; never fails because the service is down (failback instead). */
    CaptchaChallenge register(CaptchaClient client);

    /**
     * Whether {@code answer} solves the challenge. {@code serverUp} is what {@link #register} said
     * for that challenge (the caller keeps it, once per challenge).
     */
    boolean verify(CaptchaAnswer answer, CaptchaClient client, boolean serverUp);
}
