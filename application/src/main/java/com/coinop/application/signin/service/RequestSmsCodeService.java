package com.coinop.application.signin.service;

import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.shared.port.out.RateDecision;
import com.coinop.application.shared.port.out.RateLimit;
import com.coinop.application.shared.port.out.RateLimiterPort;
import com.coinop.application.signin.port.in.CaptchaFailedException;
import com.coinop.application.signin.port.in.NotInWechatException;
import com.coinop.application.signin.port.in.RequestSmsCodeCommand;
import com.coinop.application.signin.port.in.RequestSmsCodeUseCase;
import com.coinop.application.signin.port.in.SmsBudgetExhaustedException;
import com.coinop.application.signin.port.out.CaptchaChallengeStorePort;
import com.coinop.application.signin.port.out.CaptchaPort;
import com.coinop.application.signin.port.out.SmsCodeStorePort;
import com.coinop.application.signin.port.out.SmsSenderPort;
import com.coinop.domain.user.OpenId;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends a sign-in code, for a WeChat session only. The captcha comes first (its challenge is taken
 * once, so an answer works once on any instance), then the send limits per mobile, address and WeChat
 * user, so nobody can use up a stranger's limits without solving a captcha. When the captcha service
 * was down (failback: the answer is not really checked), stricter limits apply and all instances
 * together send at most a budget a minute. The code is stored only as a keyed hash under the requester's
 * openid, replacing its earlier one, and then sent.
 */
public class RequestSmsCodeService implements RequestSmsCodeUseCase {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

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
        if (command.session() == null || command.session().openId() == null) {
            throw new NotInWechatException();
        }
        OpenId requester = command.session().openId();
        Optional<Boolean> serverUp = challengeStore.take(command.answer().challenge());
        if (serverUp.isEmpty() || !captchaPort.verify(command.answer(), command.client(), serverUp.get())) {
            throw new CaptchaFailedException();
        }
        if (serverUp.get()) {
            acquire(limits(command, requester), null);
        } else {
            acquireInFailback(command, requester);
        }
        String code = codes.newCode();
        codeStore.save(command.mobile(), requester, codes.hash(command.mobile(), code), settings.codeTtl());
        smsSender.sendCode(command.mobile(), code);
    }

    private List<RateLimit> limits(RequestSmsCodeCommand command, OpenId requester) {
        SmsCodeSettings.SendLimits send = settings.send();
        return List.of(
                new RateLimit(SignInSubjects.mobile("sms", command.mobile()) + ":minute", send.perMobilePerMinute(), MINUTE),
                new RateLimit(SignInSubjects.mobile("sms", command.mobile()) + ":hour", send.perMobilePerHour(), HOUR),
                new RateLimit(SignInSubjects.mobile("sms", command.mobile()) + ":day", send.perMobilePerDay(), DAY),
                new RateLimit(SignInSubjects.address("sms", command.address()) + ":hour", send.perIpPerHour(), HOUR),
                new RateLimit(SignInSubjects.openId("sms", requester) + ":hour", send.perOpenIdPerHour(), HOUR),
                new RateLimit(SignInSubjects.openId("sms", requester) + ":day", send.perOpenIdPerDay(), DAY));
    }

    /**
     * The budget shared by every instance is looked at first, without counting, so a sender who would
     * break it uses up nothing of their own; it is then counted with the stricter limits in one step.
     */
    private void acquireInFailback(RequestSmsCodeCommand command, OpenId requester) {
        SmsCodeSettings.FailbackLimits failback = settings.failback();
        RateLimit budget = new RateLimit(SignInSubjects.everyone("sms-failback") + ":minute", failback.sendsPerMinute(),
                MINUTE);
        RateDecision room = rateLimiter.peek(List.of(budget));
        if (!room.allowed()) {
            throw new SmsBudgetExhaustedException(failback.sendsPerMinute(), room.retryAfter());
        }
        List<RateLimit> limits = new ArrayList<>(limits(command, requester));
        limits.add(new RateLimit(SignInSubjects.address("sms-failback", command.address()) + ":hour",
                failback.perIpPerHour(), HOUR));
        limits.add(new RateLimit(SignInSubjects.openId("sms-failback", requester) + ":day", failback.perOpenIdPerDay(),
                DAY));
        limits.add(budget);
        acquire(limits, budget);
    }

    /** Counts the event in every limit or none; refused, it says whether the shared budget was the cause. */
    private void acquire(List<RateLimit> limits, RateLimit budget) {
        RateDecision decision = rateLimiter.acquire(limits);
        if (decision.allowed()) {
            return;
        }
        if (budget != null) {
            RateDecision room = rateLimiter.peek(List.of(budget));
            if (!room.allowed()) {
                throw new SmsBudgetExhaustedException(budget.max(), room.retryAfter());
            }
        }
        throw new RateLimitedException(decision.retryAfter());
    }
}
