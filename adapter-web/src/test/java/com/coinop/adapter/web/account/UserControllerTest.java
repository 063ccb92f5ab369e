package com.coinop.adapter.web.account;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.account.port.in.GetUserProfileUseCase;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import com.coinop.domain.user.UserState;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.LocalDateTime;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /wechat/user}: the profile in the seed shape, and every way of not being signed in. */
@WebMvcTest(UserController.class)
class UserControllerTest extends WebMvcTestSupport {

    @MockitoBean
    GetUserProfileUseCase getUserProfile;

    @Test
    void signed_in_user_gets_the_profile_in_the_seed_shape() throws Exception {
        User user = User.withId(new UserId(7), new OpenId("o-7"), "小明🎮", "https://thirdwx.qlogo.cn/mmopen/a/132",
                new Mobile("13812345678"), new Account(Money.ofFen(2000), Money.ofFen(750)), UserState.ACTIVE,
                LocalDateTime.of(2017, 7, 1, 23, 23, 23), LocalDateTime.of(2017, 10, 30, 8, 0, 5));
        given(getUserProfile.getUserProfile(new UserId(7))).willReturn(user);

        mvc.perform(get("/wechat/user").cookie(signedInAs(7)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(exactJson("""
                        {"success": true,
                         "result": {"id": 7, "nick_name": "小明🎮", "head_img_url": "https://thirdwx.qlogo.cn/mmopen/a/132",
                                    "mobile": "13812345678", "total_account": 20.00, "used_account": 7.50,
                                    "balance_account": 12.50, "state": 1,
                                    "ctime": "2017-07-01 23:23:23", "utime": "2017-10-30 08:00:05"},
                         "error": null, "error_code": null}
                        """));
    }

    @Test
    void disabled_user_with_an_empty_account_and_no_profile_shows_zeros_state_0_and_nulls() throws Exception {
        User user = User.withId(new UserId(8), new OpenId("o-8"), null, null, new Mobile("13900000008"),
                Account.EMPTY, UserState.DISABLED, LocalDateTime.of(2026, 1, 2, 3, 4, 5), LocalDateTime.of(2026, 1, 2, 3, 4, 5));
        given(getUserProfile.getUserProfile(new UserId(8))).willReturn(user);

        mvc.perform(get("/wechat/user").cookie(signedInAs(8)))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true,
                         "result": {"id": 8, "nick_name": null, "head_img_url": null, "mobile": "13900000008",
                                    "total_account": 0.00, "used_account": 0.00, "balance_account": 0.00, "state": 0,
                                    "ctime": "2026-01-02 03:04:05", "utime": "2026-01-02 03:04:05"},
                         "error": null, "error_code": null}
                        """));
    }

    @Test
    void request_without_cookie_is_refused_with_401_and_no_lookup() throws Exception {
        mvc.perform(get("/wechat/user"))
                .andExpect(status().isUnauthorized())
                .andExpect(errorEnvelope("NOT_SIGNED_IN"));
        verifyNoInteractions(resolveSession, getUserProfile);
    }

    @Test
    void garbage_cookie_is_no_session_and_is_never_looked_up() throws Exception {
        mvc.perform(get("/wechat/user").cookie(new Cookie(COOKIE, "'; DROP TABLE user; --")))
                .andExpect(status().isUnauthorized())
                .andExpect(errorEnvelope("NOT_SIGNED_IN"));
        verifyNoInteractions(resolveSession, getUserProfile);
    }

    @Test
    void unknown_or_ended_session_id_is_refused_with_401() throws Exception {
        SessionId unknown = SessionId.random();
        given(resolveSession.resolve(unknown)).willReturn(Optional.empty());

        mvc.perform(get("/wechat/user").cookie(new Cookie(COOKIE, unknown.value())))
                .andExpect(status().isUnauthorized())
                .andExpect(errorEnvelope("NOT_SIGNED_IN"));
        verify(resolveSession).resolve(unknown);
        verifyNoInteractions(getUserProfile);
    }

    @Test
    void session_with_an_openid_but_no_user_is_refused_with_401() throws Exception {
        mvc.perform(get("/wechat/user").cookie(openIdOnly()))
                .andExpect(status().isUnauthorized())
                .andExpect(errorEnvelope("NOT_SIGNED_IN"));
        verify(getUserProfile, never()).getUserProfile(any());
    }

    @Test
    void user_removed_after_sign_in_is_404_with_its_code() throws Exception {
        given(getUserProfile.getUserProfile(new UserId(9))).willThrow(new UserNotFoundException(new UserId(9)));

        mvc.perform(get("/wechat/user").cookie(signedInAs(9)))
                .andExpect(status().isNotFound())
                .andExpect(errorEnvelope("USER_NOT_FOUND"));
    }

    @Test
    void session_store_down_is_503_not_a_sign_out() throws Exception {
        SessionId id = SessionId.random();
        given(resolveSession.resolve(id)).willThrow(new DependencyUnavailableException("redis", new RuntimeException("timeout")));

        mvc.perform(get("/wechat/user").cookie(new Cookie(COOKIE, id.value())))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(errorEnvelope("SERVICE_UNAVAILABLE"));
        verifyNoInteractions(getUserProfile);
    }

    @Test
    void builder_made_user_is_shown_with_its_nick_name_unchanged() throws Exception {
        User user = TestUsers.activeUser().withId(10).withNickName("Zoë 👩‍💻 \"quoted\"").withBalance(Money.ofYuan(50)).build();
        given(getUserProfile.getUserProfile(new UserId(10))).willReturn(user);

        mvc.perform(get("/wechat/user").cookie(signedInAs(10)))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true,
                         "result": {"id": 10, "nick_name": "Zoë 👩‍💻 \\"quoted\\"", "head_img_url": "%s",
                                    "mobile": "%s", "total_account": 50.00, "used_account": 0.00,
                                    "balance_account": 50.00, "state": 1,
                                    "ctime": "2026-01-02 03:04:05", "utime": "2026-01-02 03:04:05"},
                         "error": null, "error_code": null}
                        """.formatted(user.headImgUrl(), user.mobile().value())));
    }
}
