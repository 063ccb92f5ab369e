package com.coinop.adapter.web.signin;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.signin.port.in.CheckRegistrationUseCase;
import com.coinop.application.signin.port.in.RegistrationStatus;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /wechat/check}: the seed's success / -1 / 0 answers, 403 for a disabled user, and the session handed over. */
@WebMvcTest(RegistrationCheckController.class)
class RegistrationCheckControllerTest extends WebMvcTestSupport {

    @MockitoBean
    CheckRegistrationUseCase checkRegistration;

    @Test
    void registered_user_gets_success() throws Exception {
        given(checkRegistration.check(any())).willReturn(RegistrationStatus.REGISTERED);

        mvc.perform(get("/wechat/check").cookie(signedInAs(3)))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": "success", "error": null, "error_code": null}
                        """));
    }

    @Test
    void browser_without_openid_gets_200_with_result_minus_1() throws Exception {
        given(checkRegistration.check(isNull())).willReturn(RegistrationStatus.NO_OPENID);

        mvc.perform(get("/wechat/check"))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": false, "result": -1, "error": "尚未完成微信授权", "error_code": "NO_OPENID"}
                        """));
    }

    @Test
    void openid_without_bound_mobile_gets_200_with_result_0() throws Exception {
        given(checkRegistration.check(any())).willReturn(RegistrationStatus.NOT_REGISTERED);

        mvc.perform(get("/wechat/check").cookie(openIdOnly()))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": false, "result": 0, "error": "尚未绑定手机号", "error_code": "NOT_REGISTERED"}
                        """));
    }

    @Test
    void disabled_user_is_refused_with_403() throws Exception {
        given(checkRegistration.check(any())).willReturn(RegistrationStatus.DISABLED);

        mvc.perform(get("/wechat/check").cookie(signedInAs(4)))
                .andExpect(status().isForbidden())
                .andExpect(errorEnvelope("USER_DISABLED"));
    }

    @Test
    void the_resolved_session_is_handed_to_the_use_case_as_it_is() throws Exception {
        SessionId id = SessionId.random();
        Session session = new Session(id, new OpenId("o-5"), new UserId(5));
        given(resolveSession.resolve(id)).willReturn(Optional.of(session));
        given(checkRegistration.check(session)).willReturn(RegistrationStatus.REGISTERED);

        mvc.perform(get("/wechat/check").cookie(new Cookie(COOKIE, id.value())))
                .andExpect(status().isOk());
        verify(checkRegistration).check(session);
    }

    @Test
    void no_cookie_is_handed_over_as_a_null_session_without_lookup() throws Exception {
        given(checkRegistration.check(any())).willReturn(RegistrationStatus.NO_OPENID);

        mvc.perform(get("/wechat/check")).andExpect(status().isOk());
        verify(checkRegistration).check(null);
        verifyNoInteractions(resolveSession);
    }

    @Test
    void garbage_cookie_is_handed_over_as_a_null_session_not_an_error() throws Exception {
        given(checkRegistration.check(any())).willReturn(RegistrationStatus.NO_OPENID);

        mvc.perform(get("/wechat/check").cookie(new Cookie(COOKIE, "not-a-session-id")))
                .andExpect(status().isOk());
        verify(checkRegistration).check(null);
        verifyNoInteractions(resolveSession);
    }
}
