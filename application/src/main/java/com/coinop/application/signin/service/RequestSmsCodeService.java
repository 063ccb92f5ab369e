package com.coinop.application.signin.service;

import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.shared.port.out.RateDecision;
import com.coinop.application.shared.port.out.RateLimit;
import com.coinop.application.shared.port.out.RateLimiterPort;
import com.coinop.application.signin.port.in.CaptchaFailedException;
import com.coinop.application.signin.port.in.RequestSmsCodeCommand;
import com.coinop.application.signin.port.in.RequestSmsCodeUseCase;
import com.coinop.application.signin.port.out.CaptchaChallengeStorePort;
import com.coinop.application.signin.port.out.CaptchaPort;
import com.coinop.application.signin.port.out.SmsCodeStorePort;
import com.coinop.application.signin.port.out.SmsSenderPort;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sends a sign-in code. The captcha comes first (its challenge is taken once, so an answer works
 * once on any instance), then the send limits, so nobody can use up a stranger's limits without
 * solving a captcha. The code is stored only as a keyed hash, replacing any earlier one, and then sent.
 */
public class RequestSmsCodeService implements RequestSmsCodeUseCase {

    private final CaptchaPort captchaPort;
    private final CaptchaChallengeStorePort challengeStore;
    private final RateLimiterPort rateLimiter;
    private final SmsCodeStorePort codeStore;
    private final SmsSenderPort smsSender;
    private final SmsCodes codes;
    private final SmsCodeSettings settings;

    public RequestSmsCodeService(CaptchaPort captchaPort, CaptchaChallengeStorePort challengeStore,
                                 RateLimiterPort rateLimiter, SmsCodeStorePort codeStore, SmsSenderPort smsSender,
                                 SmsCodes codes, SmsCodeSettings settings) {
        this.captchaPort = captchaPort;
        this.challengeStore = challengeStore;
        this.rateLimiter = rateLimiter;
        this.codeStore = codeStore;
        this.smsSender = smsSender;
        this.codes = codes;
        this.settings = settings;
    }

    @Override
    public void requestSmsCode(RequestSmsCodeCommand command) {
        Optional<Boolean> serverUp = challengeStore.take(command.answer().challenge());
        if (serverUp.isEmpty() || !captchaPort.verify(command.answer(), command.client(), serverUp.get())) {
            throw new CaptchaFailedException();
        }
        RateDecision decision = rateLimiter.acquire(limits(command));
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfter());
        }
        String code = codes.newCode();
        codeStore.save(command.mobile(), codes.hash(command.mobile(), code), settings.codeTtl());
        smsSender.sendCode(command.mobile(), code);
    }

    private List<RateLimit> limits(RequestSmsCodeCommand command) {
        String mobile = "sms:mobile:" + command.mobile().value();
        return List.of(
                new RateLimit(mobile + ":minute", settings.perMobilePerMinute(), Duration.ofMinutes(1)),
                new RateLimit(mobile + ":hour", settings.perMobilePerHour(), Duration.ofHours(1)),
                new RateLimit(mobile + ":day", settings.perMobilePerDay(), Duration.ofDays(1)),
                new RateLimit("sms:ip:" + command.client().ip() + ":hour", settings.perIpPerHour(), Duration.ofHours(1)));
    }
}
