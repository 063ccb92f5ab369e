package com.coinop.application.signin.service;

import com.coinop.application.shared.port.in.ClientAddress;
import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.signin.port.in.NotInWechatException;
import com.coinop.application.signin.port.in.StartCaptchaCommand;
import com.coinop.application.signin.port.out.CaptchaChallenge;
import com.coinop.application.signin.port.out.CaptchaChallengeStorePort;
import com.coinop.application.signin.port.out.CaptchaClient;
import com.coinop.application.signin.port.out.CaptchaPort;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.domain.user.OpenId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.coinop.application.signin.service.SignInFixtures.ADDRESS;
import static com.coinop.application.signin.service.SignInFixtures.OPENID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class StartCaptchaServiceTest {

    private static final CaptchaClient CLIENT = new CaptchaClient("s-hash", "203.0.113.7");
    private static final CaptchaChallenge CHALLENGE = new CaptchaChallenge(true, "gt-id", "0123456789abcdef0123456789abcdef", true);

    private final CaptchaPort captchaPort = mock(CaptchaPort.class);
    private final CaptchaChallengeStorePort challengeStore = mock(CaptchaChallengeStorePort.class);
    private Instant now = Instant.parse("2026-11-28T04:00:00Z");
    private final StartCaptchaService service = new StartCaptchaService(captchaPort, challengeStore,
            new InMemoryRateLimiter(() -> now), SignInFixtures.settings());

    private static StartCaptchaCommand command(Session session, ClientAddress address) {
        return new StartCaptchaCommand(session, CLIENT, address);
    }

    @Test
    void the_challenge_is_returned_and_remembered_with_the_server_state_for_the_challenge_ttl() {
        when(captchaPort.register(CLIENT)).thenReturn(CHALLENGE);

        assertThat(service.startCaptcha(command(SignInFixtures.wechatSession(OPENID), ADDRESS))).isEqualTo(CHALLENGE);
        verify(challengeStore).remember("0123456789abcdef0123456789abcdef", true, Duration.ofMinutes(5));
    }

    @Test
    void a_failback_challenge_is_remembered_as_failback() {
        when(captchaPort.register(CLIENT)).thenReturn(new CaptchaChallenge(false, "", "ffffffffffffffffffffffffffffffff", true));

        service.startCaptcha(command(SignInFixtures.wechatSession(OPENID), ADDRESS));

        verify(challengeStore).remember("ffffffffffffffffffffffffffffffff", false, Duration.ofMinutes(5));
    }

    @Test
    void only_a_wechat_session_gets_a_captcha() {
        assertThatThrownBy(() -> service.startCaptcha(command(null, ADDRESS))).isInstanceOf(NotInWechatException.class);
        assertThatThrownBy(() -> service.startCaptcha(command(new Session(SessionId.random(), null, null), ADDRESS)))
                .isInstanceOf(NotInWechatException.class);

        verifyNoInteractions(captchaPort, challengeStore);
    }

    @Test
    void a_session_gets_ten_captchas_a_minute() {
        when(captchaPort.register(CLIENT)).thenReturn(CHALLENGE);
        Session session = SignInFixtures.wechatSession(OPENID);
        for (int i = 0; i < 10; i++) {
            service.startCaptcha(command(session, ClientAddress.parse("198.51.100." + i)));
        }

        assertThatThrownBy(() -> service.startCaptcha(command(session, ClientAddress.parse("198.51.100.99"))))
                .isInstanceOf(RateLimitedException.class);
        now = now.plusSeconds(61);
        service.startCaptcha(command(session, ClientAddress.parse("198.51.100.99")));
        verify(captchaPort, times(11)).register(any());
    }

    @Test
    void an_address_gets_sixty_captchas_a_minute_across_sessions() {
        when(captchaPort.register(CLIENT)).thenReturn(CHALLENGE);
        for (int i = 0; i < 60; i++) {
            service.startCaptcha(command(SignInFixtures.wechatSession(new OpenId("o-" + i)), ADDRESS));
        }

        assertThatThrownBy(() -> service.startCaptcha(command(SignInFixtures.wechatSession(new OpenId("o-61")), ADDRESS)))
                .isInstanceOf(RateLimitedException.class);
    }
}
