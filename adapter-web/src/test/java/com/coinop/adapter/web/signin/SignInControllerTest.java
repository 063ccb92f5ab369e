package com.coinop.adapter.web.signin;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.shared.port.in.ClientAddress;
import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.signin.port.in.CaptchaFailedException;
import com.coinop.application.signin.port.in.LoginCommand;
import com.coinop.application.signin.port.in.LoginResult;
import com.coinop.application.signin.port.in.LoginUseCase;
import com.coinop.application.signin.port.in.LogoutUseCase;
import com.coinop.application.signin.port.in.RequestSmsCodeCommand;
import com.coinop.application.signin.port.in.RequestSmsCodeUseCase;
import com.coinop.application.signin.port.in.StartCaptchaCommand;
import com.coinop.application.signin.port.in.StartCaptchaUseCase;
import com.coinop.application.signin.port.out.CaptchaAnswer;
import com.coinop.application.signin.port.out.CaptchaChallenge;
import com.coinop.application.signin.port.out.CaptchaClient;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserState;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SignInController.class)
class SignInControllerTest extends WebMvcTestSupport {

    @MockitoBean
    private StartCaptchaUseCase startCaptcha;
    @MockitoBean
    private RequestSmsCodeUseCase requestSmsCode;
    @MockitoBean
    private LoginUseCase login;
    @MockitoBean
    private LogoutUseCase logout;

    @Test
    void geetest_answers_the_seed_shape_for_the_client_s_address() throws Exception {
        given(startCaptcha.startCaptcha(any())).willReturn(
                new CaptchaChallenge(true, "gt-id", "0123456789abcdef0123456789abcdef", true));

        mvc.perform(get("/wechat/geetest").with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": {"success": true, "gt": "gt-id",
                          "challenge": "0123456789abcdef0123456789abcdef", "new_captcha": true},
                         "error": null, "error_code": null}
                        """));
        verify(startCaptcha).startCaptcha(new StartCaptchaCommand(null, new CaptchaClient("anonymous", "203.0.113.7"),
                ClientAddress.parse("203.0.113.7")));
    }

    @Test
    void an_ipv6_client_counts_by_its_64_network() throws Exception {
        given(startCaptcha.startCaptcha(any())).willReturn(new CaptchaChallenge(true, "gt-id", "ab", true));

        mvc.perform(get("/wechat/geetest").with(request -> {
            request.setRemoteAddr("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
            return request;
        })).andExpect(status().isOk());

        ArgumentCaptor<StartCaptchaCommand> command = ArgumentCaptor.forClass(StartCaptchaCommand.class);
        verify(startCaptcha).startCaptcha(command.capture());
        assertThat(command.getValue().address()).isEqualTo(new ClientAddress("2001:db8:1:2:0:0:0:0/64"));
    }

    @Test
    void the_captcha_client_is_a_hash_of_the_session_never_the_session_id() throws Exception {
        given(startCaptcha.startCaptcha(any())).willReturn(new CaptchaChallenge(false, "", "ab", true));
        Cookie cookie = openIdOnly();

        mvc.perform(get("/wechat/geetest").cookie(cookie)).andExpect(status().isOk());

        ArgumentCaptor<StartCaptchaCommand> command = ArgumentCaptor.forClass(StartCaptchaCommand.class);
        verify(startCaptcha).startCaptcha(command.capture());
        assertThat(command.getValue().client().userId()).matches("[0-9a-f]{32}").doesNotContain(cookie.getValue());
        assertThat(command.getValue().session().id().value()).isEqualTo(cookie.getValue());
    }

    @Test
    void captcha_hands_the_mobile_and_the_answer_over_and_says_success() throws Exception {
        mvc.perform(post("/wechat/captcha").contentType(MediaType.APPLICATION_JSON).content("""
                        {"mobile": "13800138000", "geetest_challenge": "c", "geetest_validate": "v", "geetest_seccode": "s|jordan"}
                        """))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": "success", "error": null, "error_code": null}
                        """));
        verify(requestSmsCode).requestSmsCode(new RequestSmsCodeCommand(new Mobile("13800138000"),
                new CaptchaAnswer("c", "v", "s|jordan"), null, new CaptchaClient("anonymous", "127.0.0.1"),
                ClientAddress.parse("127.0.0.1")));
    }

    @Test
    void captcha_with_a_malformed_mobile_or_an_unknown_field_is_400_and_sends_nothing() throws Exception {
        mvc.perform(post("/wechat/captcha").contentType(MediaType.APPLICATION_JSON).content("""
                        {"mobile": "+8613800138000", "geetest_challenge": "c", "geetest_validate": "v", "geetest_seccode": "s"}
                        """))
                .andExpect(status().isBadRequest()).andExpect(errorEnvelope("INVALID_MOBILE"));
        mvc.perform(post("/wechat/captcha").contentType(MediaType.APPLICATION_JSON).content("""
                        {"mobile": "13800138000", "code": "123456"}
                        """))
                .andExpect(status().isBadRequest()).andExpect(errorEnvelope("UNKNOWN_FIELD"));
        mvc.perform(post("/wechat/captcha").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(errorEnvelope("INVALID_MOBILE"));
        verifyNoInteractions(requestSmsCode);
    }

    @Test
    void a_failed_captcha_is_400_and_past_a_limit_429_with_retry_after() throws Exception {
        willThrow(new CaptchaFailedException()).given(requestSmsCode).requestSmsCode(any());
        mvc.perform(post("/wechat/captcha").contentType(MediaType.APPLICATION_JSON).content("""
                        {"mobile": "13800138000", "geetest_challenge": "c", "geetest_validate": "v", "geetest_seccode": "s"}
                        """))
                .andExpect(status().isBadRequest()).andExpect(errorEnvelope("CAPTCHA_FAILED"));

        willThrow(new RateLimitedException(Duration.ofSeconds(59))).given(requestSmsCode).requestSmsCode(any());
        mvc.perform(post("/wechat/captcha").contentType(MediaType.APPLICATION_JSON).content("""
                        {"mobile": "13800138000", "geetest_challenge": "c", "geetest_validate": "v", "geetest_seccode": "s"}
                        """))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "59"))
                .andExpect(errorEnvelope("RATE_LIMITED", "59 秒"));
    }

    @Test
    void login_answers_the_user_and_moves_the_cookie_to_the_new_session() throws Exception {
        Cookie cookie = openIdOnly();
        User user = User.withId(new UserId(7), new OpenId("o-anonymous"), "小明", null, new Mobile("13800138000"),
                new Account(Money.ofFen(1000), Money.ZERO), UserState.ACTIVE,
                LocalDateTime.of(2026, 1, 1, 8, 0, 0), LocalDateTime.of(2026, 1, 1, 8, 0, 0));
        SessionId rotated = SessionId.random();
        given(login.login(any())).willReturn(new LoginResult(user, new Session(rotated, user.openId(), user.id())));

        mvc.perform(post("/wechat/login").cookie(cookie).contentType(MediaType.APPLICATION_JSON).content("""
                        {"mobile": "13800138000", "code": "123456"}
                        """))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", startsWith("COINOP_SESSION=" + rotated.value() + ";")))
                .andExpect(exactJson("""
                        {"success": true,
                         "result": {"id": 7, "nick_name": "小明", "head_img_url": null, "mobile": "13800138000",
                                    "total_account": 10.00, "used_account": 0.00, "balance_account": 10.00, "state": 1,
                                    "ctime": "2026-01-01 08:00:00", "utime": "2026-01-01 08:00:00"},
                         "error": null, "error_code": null}
                        """));
        ArgumentCaptor<LoginCommand> command = ArgumentCaptor.forClass(LoginCommand.class);
        verify(login).login(command.capture());
        assertThat(command.getValue().mobile()).isEqualTo(new Mobile("13800138000"));
        assertThat(command.getValue().code()).isEqualTo("123456");
        assertThat(command.getValue().session().id().value()).isEqualTo(cookie.getValue());
        assertThat(command.getValue().address()).isEqualTo(ClientAddress.parse("127.0.0.1"));
    }

    @Test
    void login_without_a_session_hands_none_over_and_a_bad_code_format_is_400() throws Exception {
        mvc.perform(post("/wechat/login").contentType(MediaType.APPLICATION_JSON).content("""
                        {"mobile": "13800138000", "code": "12ab56"}
                        """))
                .andExpect(status().isBadRequest()).andExpect(errorEnvelope("INVALID_SMS_CODE"));
        verifyNoInteractions(login);
    }

    @Test
    void logout_ends_the_session_and_clears_the_cookie() throws Exception {
        Cookie cookie = signedInAs(7);

        mvc.perform(post("/wechat/logout").cookie(cookie))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", containsString("Max-Age=0")));
        verify(logout).logout(new SessionId(cookie.getValue()));
    }

    @Test
    void logout_without_a_session_only_clears_the_cookie() throws Exception {
        mvc.perform(post("/wechat/logout")).andExpect(status().isOk());
        verifyNoInteractions(logout);
    }
}
