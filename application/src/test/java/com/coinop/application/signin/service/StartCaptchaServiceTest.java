package com.coinop.application.signin.service;

import com.coinop.application.signin.port.out.CaptchaChallenge;
import com.coinop.application.signin.port.out.CaptchaChallengeStorePort;
import com.coinop.application.signin.port.out.CaptchaClient;
import com.coinop.application.signin.port.out.CaptchaPort;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class StartCaptchaServiceTest {

    private static final CaptchaClient CLIENT = new CaptchaClient("s-hash", "203.0.113.7");

    private final CaptchaPort captchaPort = mock(CaptchaPort.class);
    private final CaptchaChallengeStorePort challengeStore = mock(CaptchaChallengeStorePort.class);
    private final StartCaptchaService service = new StartCaptchaService(captchaPort, challengeStore, SignInFixtures.settings());

    @Test
    void the_challenge_is_returned_and_remembered_with_the_server_state_for_the_challenge_ttl() {
        CaptchaChallenge challenge = new CaptchaChallenge(true, "gt-id", "0123456789abcdef0123456789abcdef", true);
        when(captchaPort.register(CLIENT)).thenReturn(challenge);

        assertThat(service.startCaptcha(CLIENT)).isEqualTo(challenge);
        verify(challengeStore).remember("0123456789abcdef0123456789abcdef", true, Duration.ofMinutes(5));
    }

    @Test
    void a_failback_challenge_is_remembered_as_failback() {
        when(captchaPort.register(CLIENT)).thenReturn(new CaptchaChallenge(false, "", "ffffffffffffffffffffffffffffffff", true));

        service.startCaptcha(CLIENT);

        verify(challengeStore).remember("ffffffffffffffffffffffffffffffff", false, Duration.ofMinutes(5));
    }
}
