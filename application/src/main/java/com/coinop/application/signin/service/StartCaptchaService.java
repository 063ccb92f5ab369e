package com.coinop.application.signin.service;

import com.coinop.application.signin.port.in.StartCaptchaUseCase;
import com.coinop.application.signin.port.out.CaptchaChallenge;
import com.coinop.application.signin.port.out.CaptchaChallengeStorePort;
import com.coinop.application.signin.port.out.CaptchaClient;
import com.coinop.application.signin.port.out.CaptchaPort;

/** Registers a captcha challenge and remembers, for every instance, how it must be checked. */
public class StartCaptchaService implements StartCaptchaUseCase {

    private final CaptchaPort captchaPort;
    private final CaptchaChallengeStorePort challengeStore;
    private final SmsCodeSettings settings;

    public StartCaptchaService(CaptchaPort captchaPort, CaptchaChallengeStorePort challengeStore, SmsCodeSettings settings) {
        this.captchaPort = captchaPort;
        this.challengeStore = challengeStore;
        this.settings = settings;
    }

    @Override
    public CaptchaChallenge startCaptcha(CaptchaClient client) {
        CaptchaChallenge challenge = captchaPort.register(client);
        challengeStore.remember(challenge.challenge(), challenge.serverUp(), settings.challengeTtl());
        return challenge;
    }
}
