package com.coinop.adapter.web.session;

import com.coinop.application.signin.port.in.ResolveSessionUseCase;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** Finding the session from the cookie: once per request, garbage ignored, never an error. */
class CurrentSessionsTest {

    private final ResolveSessionUseCase resolveSession = mock(ResolveSessionUseCase.class);
    private final CurrentSessions sessions = new CurrentSessions("COINOP_SESSION", resolveSession);
    private final SessionId id = SessionId.random();
    private final Session signedIn = new Session(id, new OpenId("o-1"), new UserId(1));

    private MockHttpServletRequest requestWith(Cookie... cookies) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(cookies);
        return request;
    }

    @Test
    void the_store_is_asked_once_per_request_however_often_the_session_is_wanted() {
        given(resolveSession.resolve(id)).willReturn(Optional.of(signedIn));
        MockHttpServletRequest request = requestWith(new Cookie("COINOP_SESSION", id.value()));

        assertThat(sessions.find(request)).contains(signedIn);
        assertThat(sessions.find(request)).contains(signedIn);
        assertThat(sessions.requireSignedIn(request)).isEqualTo(signedIn);
        verify(resolveSession, times(1)).resolve(id);
    }

    @Test
    void an_unknown_session_is_also_remembered_for_the_request() {
        given(resolveSession.resolve(id)).willReturn(Optional.empty());
        MockHttpServletRequest request = requestWith(new Cookie("COINOP_SESSION", id.value()));

        assertThat(sessions.find(request)).isEmpty();
        assertThat(sessions.find(request)).isEmpty();
        verify(resolveSession, times(1)).resolve(id);
    }

    @Test
    void no_cookies_is_no_session_without_asking_the_store() {
        assertThat(sessions.find(new MockHttpServletRequest())).isEmpty();
        verifyNoInteractions(resolveSession);
    }

    @Test
    void other_cookies_and_malformed_values_are_ignored_without_asking_the_store() {
        MockHttpServletRequest request = requestWith(new Cookie("OTHER", id.value()),
                new Cookie("COINOP_SESSION", "too-short"), new Cookie("COINOP_SESSION", id.value() + "x"));

        assertThat(sessions.find(request)).isEmpty();
        verifyNoInteractions(resolveSession);
    }

    @Test
    void the_first_well_formed_value_of_a_repeated_cookie_is_the_only_one_looked_up() {
        SessionId other = SessionId.random();
        given(resolveSession.resolve(any())).willReturn(Optional.empty());
        MockHttpServletRequest request = requestWith(new Cookie("COINOP_SESSION", "garbage"),
                new Cookie("COINOP_SESSION", id.value()), new Cookie("COINOP_SESSION", other.value()));

        sessions.find(request);

        verify(resolveSession).resolve(id);
        verify(resolveSession, times(1)).resolve(any());
    }

    @Test
    void a_session_without_user_is_not_signed_in() {
        given(resolveSession.resolve(id)).willReturn(Optional.of(new Session(id, new OpenId("o-2"), null)));

        assertThatThrownBy(() -> sessions.requireSignedIn(requestWith(new Cookie("COINOP_SESSION", id.value()))))
                .isInstanceOf(NotSignedInException.class);
    }
}
