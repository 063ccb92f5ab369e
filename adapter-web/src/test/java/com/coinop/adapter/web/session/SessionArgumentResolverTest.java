package com.coinop.adapter.web.session;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.signin.port.out.SessionId;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Handler parameters for the signed-in user and the optional session, with a configured cookie name. */
@WebMvcTest(value = TestSessionProbeController.class, properties = "coinop.web.session-cookie.name=SID")
class SessionArgumentResolverTest extends WebMvcTestSupport {

    @Test
    void user_and_session_in_one_handler_cost_one_store_lookup() throws Exception {
        Cookie cookie = signedInAs(12);

        mvc.perform(get("/test/session/both").cookie(new Cookie("SID", cookie.getValue())))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": "12/o-user-12", "error": null, "error_code": null}
                        """));
        verify(resolveSession, times(1)).resolve(any());
    }

    @Test
    void the_configured_cookie_name_is_the_one_read() throws Exception {
        Cookie cookie = signedInAs(12);

        mvc.perform(get("/test/session/both").cookie(new Cookie(COOKIE, cookie.getValue())))
                .andExpect(status().isUnauthorized())
                .andExpect(errorEnvelope("NOT_SIGNED_IN"));
    }

    @Test
    void optional_session_is_empty_for_an_unknown_id() throws Exception {
        mvc.perform(get("/test/session/optional").cookie(new Cookie("SID", SessionId.random().value())))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": false, "error": null, "error_code": null}
                        """));
    }

    @Test
    void optional_session_is_present_for_a_live_session_without_user() throws Exception {
        mvc.perform(get("/test/session/optional").cookie(new Cookie("SID", openIdOnly().getValue())))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": true, "error": null, "error_code": null}
                        """));
    }

    @Test
    void annotation_on_a_wrong_type_fails_as_a_programming_error() throws Exception {
        mvc.perform(get("/test/session/misdeclared").cookie(new Cookie("SID", signedInAs(1).getValue())))
                .andExpect(status().isInternalServerError())
                .andExpect(errorEnvelope("INTERNAL_ERROR"));
    }
}
