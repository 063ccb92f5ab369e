package com.coinop.adapter.web.session;

import com.coinop.application.signin.port.out.SessionId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exact Set-Cookie headers of issuing and clearing the session cookie. */
class SessionCookiesTest {

    private final SessionId id = new SessionId("AbCdEfGhIjKlMnOpQrSt_-");

    @Test
    void issued_cookie_is_http_only_lax_for_the_whole_site_and_lives_with_the_browser_session() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SessionCookies("COINOP_SESSION", false).issue(response, id);

        assertThat(response.getHeaders("Set-Cookie"))
                .containsExactly("COINOP_SESSION=AbCdEfGhIjKlMnOpQrSt_-; Path=/; HttpOnly; SameSite=Lax");
    }

    @Test
    void secure_setting_marks_the_cookie_secure() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SessionCookies("SID", true).issue(response, id);

        assertThat(response.getHeaders("Set-Cookie"))
                .containsExactly("SID=AbCdEfGhIjKlMnOpQrSt_-; Path=/; Secure; HttpOnly; SameSite=Lax");
    }

    @Test
    void clearing_expires_the_same_cookie_at_once() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SessionCookies("COINOP_SESSION", true).clear(response);

        assertThat(response.getHeaders("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("COINOP_SESSION=; Path=/; Max-Age=0; Expires=")
                .endsWith("; Secure; HttpOnly; SameSite=Lax"));
    }

    @Test
    void a_name_that_cannot_be_a_cookie_name_stops_start_up() {
        assertThatThrownBy(() -> new SessionCookies("COINOP SESSION;", false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
