package com.coinop.application.signin.service;

import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.shared.port.out.RateDecision;
import com.coinop.application.shared.port.out.RateLimit;
import com.coinop.application.shared.port.out.RateLimiterPort;
import com.coinop.application.signin.port.in.NotInWechatException;
import com.coinop.application.signin.port.in.StartCaptchaCommand;
import com.coinop.application.signin.port.in.StartCaptchaUseCase;
import com.coinop.application.signin.port.out.CaptchaChallenge;
import com.coinop.application.signin.port.out.CaptchaChallengeStorePort;
import com.coinop.application.signin.port.out.CaptchaPort;
import com.coinop.application.signin.port.out.Session;

import java.time.Duration;
import java.util.List;

/**
 * Registers a captcha challenge, for a WeChat session only (the page always runs inside WeChat), within
 * the limits per session and per address, and remembers for every instance how it must be checked.
 */
public class StartCaptchaService implements StartCaptchaUseCase {

    private final CaptchaPort captchaPort;
    private final CaptchaChallengeStorePort challengeStore;
    private final RateLimiterPort rateLimiter;
    private final SmsCodeSettings settings;

    public StartCaptchaService(CaptchaPort captchaPort, CaptchaChallengeStorePort challengeStore,
                               RateLimiterPort rateLimiter, SmsCodeSettings settings) {
        this.captchaPort = captchaPort;
        this.challengeStore = challengeStore;
        this.rateLimiter = rateLimiter;
        this.settings = settings;
    }

    @Override
    public CaptchaChallenge startCaptcha(StartCaptchaCommand command) {
        Session session = command.session();
        if (session == null || session.openId() == null) {
            throw new NotInWechatException();
        }
        Duration minute = Duration.ofMinutes(1);
        RateDecision decision = rateLimiter.acquire(List.of(
                new RateLimit(SignInSubjects.session("geetest", session.id()), settings.captcha().perSessionPerMinute(), minute),
                new RateLimit(SignInSubjects.address("geetest", command.address()), settings.captcha().perIpPerMinute(), minute)));
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfter());
        }
        CaptchaChallenge challenge = captchaPort.register(command.client());
        challengeStore.remember(challenge.challenge(), challenge.serverUp(), settings.challengeTtl());
        return challenge;
    }
}
