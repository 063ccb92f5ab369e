package com.coinop.adapter.web.signin;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.shared.port.in.ClientAddress;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.signin.port.in.CompleteWechatSignInCommand;
import com.coinop.application.signin.port.in.CompleteWechatSignInUseCase;
import com.coinop.application.signin.port.in.OAuthStateInvalidException;
import com.coinop.application.signin.port.in.StartWechatSignInCommand;
import com.coinop.application.signin.port.in.StartWechatSignInUseCase;
import com.coinop.application.signin.port.in.WechatSignInCompletion;
import com.coinop.application.signin.port.in.WechatSignInStart;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.application.signin.port.out.WechatCodeRejectedException;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(WechatOAuthController.class)
@TestPropertySource(properties = "coinop.web.allowed-origins=https://h5.example.com")
class WechatOAuthControllerTest extends WebMvcTestSupport {

    private static final String WECHAT = "https://open.weixin.qq.com/connect/oauth2/authorize?state=s#wechat_redirect";
    private static final String PAGE = "https://h5.example.com/index.html?from=menu#/home";

    @MockitoBean
    private StartWechatSignInUseCase startSignIn;
    @MockitoBean
    private CompleteWechatSignInUseCase completeSignIn;

    @Test
    void authorize_without_a_session_starts_one_and_sends_the_browser_to_wechat() throws Exception {
        Session created = new Session(SessionId.random(), null, null);
        given(startSignIn.start(any())).willReturn(new WechatSignInStart(WECHAT, created));

        mvc.perform(get("/wechat/oauth/authorize").param("redirect", PAGE))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", WECHAT))
                .andExpect(header().string("Set-Cookie", startsWith(COOKIE + "=" + created.id().value() + ";")))
                .andExpect(header().string("Set-Cookie", containsString("HttpOnly")))
                .andExpect(header().string("Cache-Control", "no-store"));
        // MockMvc's requests go to http://localhost: the callback is built on the request's own address
        verify(startSignIn).start(new StartWechatSignInCommand(null, PAGE, "http://localhost/wechat/oauth/callback",
                ClientAddress.parse("127.0.0.1")));
    }

    @Test
    void authorize_with_a_session_keeps_its_cookie() throws Exception {
        Cookie cookie = openIdOnly();
        Session current = new Session(new SessionId(cookie.getValue()), new OpenId("o-anonymous"), null);
        given(startSignIn.start(any())).willReturn(new WechatSignInStart(WECHAT, current));

        mvc.perform(get("/wechat/oauth/authorize").param("redirect", PAGE).cookie(cookie))
                .andExpect(status().isFound())
                .andExpect(header().doesNotExist("Set-Cookie"));
        verify(startSignIn).start(new StartWechatSignInCommand(current, PAGE, "http://localhost/wechat/oauth/callback",
                ClientAddress.parse("127.0.0.1")));
    }

    @Test
    void authorize_accepts_a_page_on_the_api_s_own_origin() throws Exception {
        given(startSignIn.start(any())).willReturn(new WechatSignInStart(WECHAT, new Session(SessionId.random(), null, null)));

        mvc.perform(get("/wechat/oauth/authorize").param("redirect", "http://localhost/h5/"))
                .andExpect(status().isFound());
    }

    @Test
    void a_page_address_of_up_to_512_characters_is_taken() throws Exception {
        given(startSignIn.start(any())).willReturn(new WechatSignInStart(WECHAT, new Session(SessionId.random(), null, null)));
        String longest = "https://h5.example.com/" + "a".repeat(512 - "https://h5.example.com/".length());

        mvc.perform(get("/wechat/oauth/authorize").param("redirect", longest)).andExpect(status().isFound());
        mvc.perform(get("/wechat/oauth/authorize").param("redirect", longest + "a")).andExpect(status().isBadRequest());
    }

    @Test
    void authorize_refuses_every_page_that_is_not_coinop_s_before_anything_happens() throws Exception {
        String[] refused = {"https://evil.example.com/", "https://h5.example.com.evil.com/", "//evil.example.com/",
                "/relative/page", "javascript:alert(1)", "https://user@h5.example.com/", "ftp://h5.example.com/",
                "https://h5.example.com:8443/", "http://h5.example.com/", "https://h5.example.com/" + "a".repeat(490),
                "https://h5.example.com/a b", "", "   "};
        for (String redirect : refused) {
            mvc.perform(get("/wechat/oauth/authorize").param("redirect", redirect))
                    .andExpect(status().isBadRequest())
                    .andExpect(errorEnvelope("INVALID_REDIRECT"))
                    .andExpect(header().doesNotExist("Location"));
        }
        mvc.perform(get("/wechat/oauth/authorize"))
                .andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_REDIRECT", "redirect"));
        verifyNoInteractions(startSignIn);
    }

    @Test
    void a_repeated_parameter_is_refused_not_joined() throws Exception {
        mvc.perform(get("/wechat/oauth/authorize").param("redirect", PAGE, "https://evil.example.com/"))
                .andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("REPEATED_PARAMETER", "redirect"));
        mvc.perform(get("/wechat/oauth/callback").param("code", "a", "b").param("state", "s"))
                .andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("REPEATED_PARAMETER", "code"));
        verifyNoInteractions(startSignIn, completeSignIn);
    }

    @Test
    void authorize_when_redis_is_down_is_a_503() throws Exception {
        given(startSignIn.start(any())).willThrow(new DependencyUnavailableException("redis", null));

        mvc.perform(get("/wechat/oauth/authorize").param("redirect", PAGE))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"));
    }

    @Test
    void the_callback_hands_code_and_state_over_and_sends_the_browser_back_with_the_new_session() throws Exception {
        Cookie cookie = cookieFor(null, null);
        Session before = new Session(new SessionId(cookie.getValue()), null, null);
        Session after = new Session(SessionId.random(), new OpenId("o-1"), new UserId(7));
        given(completeSignIn.complete(any())).willReturn(new WechatSignInCompletion(PAGE, after));

        mvc.perform(get("/wechat/oauth/callback").param("code", "the-code").param("state", "the-state").cookie(cookie))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", PAGE))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Set-Cookie", startsWith(COOKIE + "=" + after.id().value() + ";")));
        verify(completeSignIn).complete(new CompleteWechatSignInCommand(before, "the-state", "the-code"));
    }

    @Test
    void a_callback_without_code_is_the_user_declining_and_keeps_the_session() throws Exception {
        Cookie cookie = cookieFor(null, null);
        Session before = new Session(new SessionId(cookie.getValue()), null, null);
        given(completeSignIn.complete(any())).willReturn(new WechatSignInCompletion(PAGE, before));

        mvc.perform(get("/wechat/oauth/callback").param("state", "the-state").cookie(cookie))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", PAGE))
                .andExpect(header().doesNotExist("Set-Cookie"));
        verify(completeSignIn).complete(new CompleteWechatSignInCommand(before, "the-state", null));
    }

    @Test
    void a_wrong_state_is_a_400_and_no_redirect() throws Exception {
        given(completeSignIn.complete(any())).willThrow(new OAuthStateInvalidException());

        mvc.perform(get("/wechat/oauth/callback").param("code", "c").param("state", "forged"))
                .andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("OAUTH_STATE_INVALID", "重新进入页面"))
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void a_code_wechat_refuses_is_a_400_naming_wechat_s_errcode() throws Exception {
        given(completeSignIn.complete(any())).willThrow(new WechatCodeRejectedException(40163));

        mvc.perform(get("/wechat/oauth/callback").param("code", "c").param("state", "s"))
                .andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("WECHAT_CODE_REJECTED", "40163"));
    }

    @Test
    void the_oauth_routes_are_get_only() throws Exception {
        mvc.perform(post("/wechat/oauth/callback").param("code", "c").param("state", "s"))
                .andExpect(status().isMethodNotAllowed());
        verifyNoInteractions(completeSignIn);
    }
}
