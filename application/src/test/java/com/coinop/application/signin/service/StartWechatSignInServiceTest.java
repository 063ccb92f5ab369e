package com.coinop.application.signin.service;

import com.coinop.application.shared.port.in.ClientAddress;
import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.signin.port.in.StartWechatSignInCommand;
import com.coinop.application.signin.port.in.WechatSignInStart;
import com.coinop.application.signin.port.out.OAuthState;
import com.coinop.application.signin.port.out.OAuthStateStorePort;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.application.signin.port.out.WechatOAuthPort;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class StartWechatSignInServiceTest {

    private static final String PAGE = "https://h5.example.com/index.html#/home";
    private static final String CALLBACK = "https://api.example.com/wechat/oauth/callback";
    private static final WechatSignInSettings SETTINGS =
            new WechatSignInSettings(Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofSeconds(5), 3);

    private Instant now = Instant.parse("2026-11-28T04:00:00Z");
    private final SessionStorePort sessionStore = mock(SessionStorePort.class);
    private final OAuthStateStorePort stateStore = mock(OAuthStateStorePort.class);
    private final WechatOAuthPort oauth = mock(WechatOAuthPort.class);
    private final StartWechatSignInService service = new StartWechatSignInService(sessionStore, stateStore, oauth,
            new InMemoryRateLimiter(() -> now), SETTINGS);

    @Test
    void a_browser_without_a_session_gets_one_and_a_state_bound_to_it() {
        Session created = new Session(SessionId.random(), null, null);
        when(sessionStore.create(null, null)).thenReturn(created);
        when(oauth.authorizationUrl(eq(CALLBACK), anyString())).thenAnswer(call -> "https://open.weixin.qq.com/x?state="
                + call.getArgument(1));

        WechatSignInStart start = service.start(new StartWechatSignInCommand(null, PAGE, CALLBACK, SignInFixtures.ADDRESS));

        ArgumentCaptor<OAuthState> saved = ArgumentCaptor.forClass(OAuthState.class);
        verify(stateStore).save(saved.capture(), eq(Duration.ofMinutes(10)));
        assertThat(saved.getValue().sessionId()).isEqualTo(created.id());
        assertThat(saved.getValue().redirect()).isEqualTo(PAGE);
        assertThat(start.session()).isEqualTo(created);
        assertThat(start.authorizationUrl()).isEqualTo("https://open.weixin.qq.com/x?state=" + saved.getValue().value());
    }

    @Test
    void a_browser_with_a_session_keeps_it() {
        Session current = new Session(SessionId.random(), new OpenId("o-1"), new UserId(3));
        when(oauth.authorizationUrl(eq(CALLBACK), anyString())).thenReturn("https://open.weixin.qq.com/x");

        WechatSignInStart start = service.start(new StartWechatSignInCommand(current, PAGE, CALLBACK, SignInFixtures.ADDRESS));

        assertThat(start.session()).isEqualTo(current);
        verify(sessionStore, never()).create(null, null);
        ArgumentCaptor<OAuthState> saved = ArgumentCaptor.forClass(OAuthState.class);
        verify(stateStore).save(saved.capture(), eq(Duration.ofMinutes(10)));
        assertThat(saved.getValue().sessionId()).isEqualTo(current.id());
    }

    @Test
    void every_round_trip_has_a_state_of_its_own_that_wechat_accepts() {
        Session current = new Session(SessionId.random(), null, null);
        when(oauth.authorizationUrl(eq(CALLBACK), anyString())).thenReturn("https://open.weixin.qq.com/x");

        service.start(new StartWechatSignInCommand(current, PAGE, CALLBACK, SignInFixtures.ADDRESS));
        service.start(new StartWechatSignInCommand(current, PAGE, CALLBACK, SignInFixtures.ADDRESS));

        ArgumentCaptor<OAuthState> saved = ArgumentCaptor.forClass(OAuthState.class);
        verify(stateStore, times(2)).save(saved.capture(), eq(Duration.ofMinutes(10)));
        assertThat(saved.getAllValues().get(0).value()).isNotEqualTo(saved.getAllValues().get(1).value());
        // WeChat takes a-zA-Z0-9 only, up to 128 bytes
        assertThat(saved.getAllValues()).allSatisfy(state -> assertThat(state.value()).matches("[a-zA-Z0-9]{16,128}"));
    }

    @Test
    void browsers_without_a_session_start_three_round_trips_a_minute_from_one_address_and_no_more() {
        when(sessionStore.create(null, null)).thenAnswer(call -> new Session(SessionId.random(), null, null));
        when(oauth.authorizationUrl(eq(CALLBACK), anyString())).thenReturn("https://open.weixin.qq.com/x");
        for (int i = 0; i < 3; i++) {
            service.start(new StartWechatSignInCommand(null, PAGE, CALLBACK, SignInFixtures.ADDRESS));
        }

        assertThatThrownBy(() -> service.start(new StartWechatSignInCommand(null, PAGE, CALLBACK, SignInFixtures.ADDRESS)))
                .isInstanceOf(RateLimitedException.class);
        service.start(new StartWechatSignInCommand(null, PAGE, CALLBACK, ClientAddress.parse("198.51.100.1")));
        // a browser that has its session already is not counted: it makes nothing new
        Session current = new Session(SessionId.random(), null, null);
        service.start(new StartWechatSignInCommand(current, PAGE, CALLBACK, SignInFixtures.ADDRESS));
        verify(sessionStore, times(4)).create(null, null);
        now = now.plusSeconds(61);
        service.start(new StartWechatSignInCommand(null, PAGE, CALLBACK, SignInFixtures.ADDRESS));
    }
}
