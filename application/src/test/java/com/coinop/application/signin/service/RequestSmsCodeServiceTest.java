package com.coinop.application.signin.service;

import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.shared.port.out.RateDecision;
import com.coinop.application.shared.port.out.RateLimit;
import com.coinop.application.shared.port.out.RateLimiterPort;
import com.coinop.application.signin.port.in.CaptchaFailedException;
import com.coinop.application.signin.port.in.RequestSmsCodeCommand;
import com.coinop.application.signin.port.out.CaptchaAnswer;
import com.coinop.application.signin.port.out.CaptchaChallengeStorePort;
import com.coinop.application.signin.port.out.CaptchaClient;
import com.coinop.application.signin.port.out.CaptchaPort;
import com.coinop.application.signin.port.out.SmsCodeStorePort;
import com.coinop.application.signin.port.out.SmsSenderPort;
import com.coinop.domain.user.Mobile;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class RequestSmsCodeServiceTest {

    private static final Mobile MOBILE = new Mobile("13800138000");
    private static final CaptchaClient CLIENT = new CaptchaClient("s-hash", "203.0.113.7");
    private static final CaptchaAnswer ANSWER = new CaptchaAnswer("0123456789abcdef0123456789abcdef", "v", "s|jordan");
    private static final RequestSmsCodeCommand COMMAND = new RequestSmsCodeCommand(MOBILE, ANSWER, CLIENT);

    private final CaptchaPort captchaPort = mock(CaptchaPort.class);
    private final CaptchaChallengeStorePort challengeStore = mock(CaptchaChallengeStorePort.class);
    private final RateLimiterPort rateLimiter = mock(RateLimiterPort.class);
    private final SmsCodeStorePort codeStore = mock(SmsCodeStorePort.class);
    private final SmsSenderPort smsSender = mock(SmsSenderPort.class);
    private final SmsCodes codes = new SmsCodes(SignInFixtures.SECRET);
    private final RequestSmsCodeService service = new RequestSmsCodeService(captchaPort, challengeStore, rateLimiter,
            codeStore, smsSender, codes, SignInFixtures.settings());

    private void aSolvedCaptchaAndRoomInTheLimits(boolean serverUp) {
        when(challengeStore.take(ANSWER.challenge())).thenReturn(Optional.of(serverUp));
        when(captchaPort.verify(ANSWER, CLIENT, serverUp)).thenReturn(true);
        when(rateLimiter.acquire(any())).thenReturn(RateDecision.allow());
    }

    @Test
    void a_six_digit_code_is_stored_as_its_keyed_hash_for_five_minutes_and_sent() {
        aSolvedCaptchaAndRoomInTheLimits(true);

        service.requestSmsCode(COMMAND);

        ArgumentCaptor<String> sent = ArgumentCaptor.forClass(String.class);
        verify(smsSender).sendCode(eq(MOBILE), sent.capture());
        assertThat(sent.getValue()).matches("[0-9]{6}");
        verify(codeStore).save(MOBILE, codes.hash(MOBILE, sent.getValue()), Duration.ofMinutes(5));
    }

    @Test
    void the_send_counts_against_every_limit_of_the_mobile_and_the_ip() {
        aSolvedCaptchaAndRoomInTheLimits(true);

        service.requestSmsCode(COMMAND);

        verify(rateLimiter).acquire(List.of(
                new RateLimit("sms:mobile:13800138000:minute", 1, Duration.ofMinutes(1)),
                new RateLimit("sms:mobile:13800138000:hour", 5, Duration.ofHours(1)),
                new RateLimit("sms:mobile:13800138000:day", 10, Duration.ofDays(1)),
                new RateLimit("sms:ip:203.0.113.7:hour", 20, Duration.ofHours(1))));
    }

    @Test
    void a_failback_challenge_is_verified_in_failback_mode() {
        aSolvedCaptchaAndRoomInTheLimits(false);

        service.requestSmsCode(COMMAND);

        verify(captchaPort).verify(ANSWER, CLIENT, false);
    }

    @Test
    void an_unknown_expired_or_used_challenge_fails_without_asking_the_captcha_service() {
        when(challengeStore.take(ANSWER.challenge())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.requestSmsCode(COMMAND)).isInstanceOf(CaptchaFailedException.class)
                .satisfies(e -> assertThat(((CaptchaFailedException) e).code()).isEqualTo("CAPTCHA_FAILED"));
        verify(captchaPort, never()).verify(any(), any(), anyBoolean());
        verifyNoInteractions(rateLimiter, codeStore, smsSender);
    }

    @Test
    void a_wrong_answer_fails_and_counts_against_no_limit() {
        when(challengeStore.take(ANSWER.challenge())).thenReturn(Optional.of(true));
        when(captchaPort.verify(ANSWER, CLIENT, true)).thenReturn(false);

        assertThatThrownBy(() -> service.requestSmsCode(COMMAND)).isInstanceOf(CaptchaFailedException.class);
        verifyNoInteractions(rateLimiter, codeStore, smsSender);
    }

    @Test
    void past_a_limit_the_request_is_refused_with_the_wait_and_nothing_is_stored_or_sent() {
        when(challengeStore.take(ANSWER.challenge())).thenReturn(Optional.of(true));
        when(captchaPort.verify(ANSWER, CLIENT, true)).thenReturn(true);
        when(rateLimiter.acquire(any())).thenReturn(RateDecision.refuse(Duration.ofSeconds(42)));

        assertThatThrownBy(() -> service.requestSmsCode(COMMAND))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(42));
                    assertThat(e.getMessage()).contains("42 秒");
                });
        verifyNoInteractions(codeStore, smsSender);
    }
}
