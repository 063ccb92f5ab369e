package com.coinop.application.signin.service;

import com.coinop.application.shared.port.in.ClientAddress;
import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.signin.port.in.CaptchaFailedException;
import com.coinop.application.signin.port.in.NotInWechatException;
import com.coinop.application.signin.port.in.RequestSmsCodeCommand;
import com.coinop.application.signin.port.in.SmsBudgetExhaustedException;
import com.coinop.application.signin.port.out.CaptchaAnswer;
import com.coinop.application.signin.port.out.CaptchaChallengeStorePort;
import com.coinop.application.signin.port.out.CaptchaClient;
import com.coinop.application.signin.port.out.CaptchaPort;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.application.signin.port.out.SmsCodeStorePort;
import com.coinop.application.signin.port.out.SmsSenderPort;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static com.coinop.application.signin.service.SignInFixtures.ADDRESS;
import static com.coinop.application.signin.service.SignInFixtures.OPENID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The captcha first, then limits that really count (in memory, on a movable clock), then the code under the requester. */
class RequestSmsCodeServiceTest {

    private static final Mobile MOBILE = new Mobile("13800138000");
    private static final CaptchaClient CLIENT = new CaptchaClient("s-hash", "203.0.113.7");
    private static final CaptchaAnswer ANSWER = new CaptchaAnswer("0123456789abcdef0123456789abcdef", "v", "s|jordan");
    private static final Session SESSION = SignInFixtures.wechatSession(OPENID);

    private final CaptchaPort captchaPort = mock(CaptchaPort.class);
    private final CaptchaChallengeStorePort challengeStore = mock(CaptchaChallengeStorePort.class);
    private Instant now = Instant.parse("2026-11-28T04:00:00Z");
    private final InMemoryRateLimiter rateLimiter = new InMemoryRateLimiter(() -> now);
    private final SmsCodeStorePort codeStore = mock(SmsCodeStorePort.class);
    private final SmsSenderPort smsSender = mock(SmsSenderPort.class);
    private final SmsCodes codes = new SmsCodes(SignInFixtures.SECRET);
    private final RequestSmsCodeService service = new RequestSmsCodeService(captchaPort, challengeStore, rateLimiter,
            codeStore, smsSender, codes, SignInFixtures.settings());

    private static RequestSmsCodeCommand command(Mobile mobile, Session session, ClientAddress address) {
        return new RequestSmsCodeCommand(mobile, ANSWER, session, CLIENT, address);
    }

    private void solvedCaptchas(boolean serverUp) {
        when(challengeStore.take(ANSWER.challenge())).thenReturn(Optional.of(serverUp));
        when(captchaPort.verify(ANSWER, CLIENT, serverUp)).thenReturn(true);
    }

    @Test
    void a_six_digit_code_is_stored_as_its_keyed_hash_under_the_requester_for_five_minutes_and_sent() {
        solvedCaptchas(true);

        service.requestSmsCode(command(MOBILE, SESSION, ADDRESS));

        ArgumentCaptor<String> sent = ArgumentCaptor.forClass(String.class);
        verify(smsSender).sendCode(eq(MOBILE), sent.capture());
        assertThat(sent.getValue()).matches("[0-9]{6}");
        verify(codeStore).save(MOBILE, OPENID, codes.hash(MOBILE, sent.getValue()), Duration.ofMinutes(5));
    }

    @Test
    void without_a_wechat_openid_nothing_is_checked_stored_or_sent() {
        assertThatThrownBy(() -> service.requestSmsCode(command(MOBILE, null, ADDRESS)))
                .isInstanceOf(NotInWechatException.class);
        assertThatThrownBy(() -> service.requestSmsCode(command(MOBILE, new Session(SessionId.random(), null, null), ADDRESS)))
                .isInstanceOf(NotInWechatException.class);

        verifyNoInteractions(challengeStore, captchaPort, codeStore, smsSender);
    }

    @Test
    void a_second_code_for_the_mobile_within_the_minute_is_refused_with_the_wait() {
        solvedCaptchas(true);
        service.requestSmsCode(command(MOBILE, SESSION, ADDRESS));
        now = now.plusSeconds(20);

        assertThatThrownBy(() -> service.requestSmsCode(command(MOBILE, SignInFixtures.wechatSession(new OpenId("o-2")),
                ClientAddress.parse("198.51.100.1"))))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(40));
                    assertThat(e.getMessage()).contains("40 秒");
                });
        verify(smsSender, times(1)).sendCode(any(), any());
    }

    @Test
    void a_wechat_user_gets_at_most_five_codes_an_hour_whatever_the_mobiles() {
        solvedCaptchas(true);
        for (int i = 0; i < 5; i++) {
            service.requestSmsCode(command(new Mobile("1380013800" + i), SESSION, ClientAddress.parse("198.51.100." + i)));
        }

        assertThatThrownBy(() -> service.requestSmsCode(command(new Mobile("13800138009"), SESSION,
                ClientAddress.parse("198.51.100.9")))).isInstanceOf(RateLimitedException.class);
        verify(smsSender, times(5)).sendCode(any(), any());
    }

    @Test
    void in_failback_an_address_gets_at_most_five_codes_an_hour() {
        solvedCaptchas(false);
        for (int i = 0; i < 5; i++) {
            service.requestSmsCode(command(new Mobile("1380013800" + i), SignInFixtures.wechatSession(new OpenId("o-" + i)),
                    ADDRESS));
        }

        assertThatThrownBy(() -> service.requestSmsCode(command(new Mobile("13800138009"),
                SignInFixtures.wechatSession(new OpenId("o-9")), ADDRESS))).isInstanceOf(RateLimitedException.class)
                .isNotInstanceOf(SmsBudgetExhaustedException.class);
        verify(captchaPort, times(6)).verify(ANSWER, CLIENT, false);
    }

    @Test
    void in_failback_everyone_together_gets_the_budget_of_a_minute_then_a_503_with_the_wait() {
        solvedCaptchas(false);
        for (int i = 0; i < 30; i++) {
            service.requestSmsCode(command(new Mobile(String.format("139%08d", i)),
                    SignInFixtures.wechatSession(new OpenId("o-" + i)), ClientAddress.parse("198.51.100." + i)));
            now = now.plusMillis(100);
        }

        assertThatThrownBy(() -> service.requestSmsCode(command(new Mobile("13700000000"),
                SignInFixtures.wechatSession(new OpenId("o-late")), ClientAddress.parse("192.0.2.1"))))
                .isInstanceOfSatisfying(SmsBudgetExhaustedException.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(57));
                    assertThat(e.getMessage()).contains("30");
                });
        assertThat(rateLimiter.counted("sms:openid:o-late:hour")).as("the refused sender used up nothing of theirs").isZero();
        verify(smsSender, times(30)).sendCode(any(), any());
        now = now.plusSeconds(57);
        service.requestSmsCode(command(new Mobile("13700000000"), SignInFixtures.wechatSession(new OpenId("o-late")),
                ClientAddress.parse("192.0.2.1")));
    }

    @Test
    void with_the_captcha_service_up_the_failback_budget_does_not_apply() {
        solvedCaptchas(true);
        for (int i = 0; i < 40; i++) {
            service.requestSmsCode(command(new Mobile(String.format("139%08d", i)),
                    SignInFixtures.wechatSession(new OpenId("o-" + i)), ClientAddress.parse("198.51.100." + i)));
        }

        verify(smsSender, times(40)).sendCode(any(), any());
    }

    @Test
    void an_unknown_expired_or_used_challenge_fails_without_asking_the_captcha_service() {
        when(challengeStore.take(ANSWER.challenge())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.requestSmsCode(command(MOBILE, SESSION, ADDRESS)))
                .isInstanceOfSatisfying(CaptchaFailedException.class, e -> assertThat(e.code()).isEqualTo("CAPTCHA_FAILED"));
        verify(captchaPort, never()).verify(any(), any(), anyBoolean());
        verifyNoInteractions(codeStore, smsSender);
    }

    @Test
    void a_wrong_answer_fails_and_counts_against_no_limit() {
        when(challengeStore.take(ANSWER.challenge())).thenReturn(Optional.of(true));
        when(captchaPort.verify(ANSWER, CLIENT, true)).thenReturn(false);

        assertThatThrownBy(() -> service.requestSmsCode(command(MOBILE, SESSION, ADDRESS)))
                .isInstanceOf(CaptchaFailedException.class);
        assertThat(rateLimiter.counted("sms:mobile:13800138000:minute")).isZero();
        verifyNoInteractions(codeStore, smsSender);
    }
}
