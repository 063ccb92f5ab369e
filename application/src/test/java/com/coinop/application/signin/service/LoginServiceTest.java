package com.coinop.application.signin.service;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.shared.port.in.ClientAddress;
import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.shared.port.out.RateDecision;
import com.coinop.application.shared.port.out.RateLimit;
import com.coinop.application.shared.port.out.RateLimiterPort;
import com.coinop.application.shared.port.out.RecordingTransactionPort;
import com.coinop.application.signin.port.in.InvalidSmsCodeException;
import com.coinop.application.signin.port.in.LoginCommand;
import com.coinop.application.signin.port.in.LoginResult;
import com.coinop.application.signin.port.in.NotInWechatException;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.application.signin.port.out.SmsCodeCheck;
import com.coinop.application.signin.port.out.SmsCodeStorePort;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserDisabledException;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserState;
import com.coinop.domain.user.WechatProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class LoginServiceTest {

    private static final Mobile MOBILE = new Mobile("13800138000");
    private static final OpenId OPENID = new OpenId("o-wechat-42");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 1, 12, 0, 0);
    private static final ClientAddress ADDRESS = SignInFixtures.ADDRESS;
    private static final List<RateLimit> FAILURES = List.of(
            new RateLimit("login-failure:openid:o-wechat-42", 10, Duration.ofDays(1)),
            new RateLimit("login-failure:ip:203.0.113.7", 50, Duration.ofDays(1)));

    private final SmsCodeStorePort codeStore = mock(SmsCodeStorePort.class);
    private final RateLimiterPort rateLimiter = mock(RateLimiterPort.class);
    private final LoadUserPort loadUserPort = mock(LoadUserPort.class);
    private final SaveUserPort saveUserPort = mock(SaveUserPort.class);
    private final SessionStorePort sessionStore = mock(SessionStorePort.class);
    private final RecordingTransactionPort transactions = new RecordingTransactionPort();
    private final SmsCodes codes = new SmsCodes(SignInFixtures.SECRET);
    private final LoginService service = new LoginService(codeStore, rateLimiter, loadUserPort, saveUserPort,
            sessionStore, transactions, () -> NOW, codes, new LoginSettings(5, 10, 50));

    private static final WechatProfile PROFILE = new WechatProfile("小明", "https://thirdwx.qlogo.cn/a/132");

    private final Session wechatSession = new Session(SessionId.random(), OPENID, null, PROFILE);
    private final Session rotated = new Session(SessionId.random(), OPENID, new UserId(7));

    private LoginCommand login(String code) {
        return new LoginCommand(MOBILE, code, wechatSession, ADDRESS);
    }

    private void roomForFailuresAndTheCodeIs(SmsCodeCheck check) {
        when(rateLimiter.peek(FAILURES)).thenReturn(RateDecision.allow());
        when(codeStore.check(MOBILE, OPENID, codes.hash(MOBILE, "123456"), 5)).thenReturn(check);
    }

    @Test
    void without_an_openid_in_the_session_nothing_is_checked() {
        assertThatThrownBy(() -> service.login(new LoginCommand(MOBILE, "123456", null, ADDRESS)))
                .isInstanceOf(NotInWechatException.class);
        assertThatThrownBy(() -> service.login(new LoginCommand(MOBILE, "123456",
                new Session(SessionId.random(), null, null), ADDRESS)))
                .isInstanceOf(NotInWechatException.class);
        verifyNoInteractions(rateLimiter, codeStore, loadUserPort, saveUserPort, sessionStore);
    }

    @Test
    void a_code_that_is_not_six_digits_is_refused_before_anything() {
        assertThatThrownBy(() -> login("12345a")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> login("1234567")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_existing_user_with_this_openid_is_signed_in_and_the_session_id_changes() {
        roomForFailuresAndTheCodeIs(SmsCodeCheck.MATCHED);
        User user = TestUsers.activeUser().withId(7).withOpenId(OPENID.value()).withMobile(MOBILE.value())
                .withNickName(PROFILE.nickName()).withHeadImgUrl(PROFILE.headImgUrl()).build();
        when(loadUserPort.findByMobile(MOBILE)).thenReturn(Optional.of(user));
        when(loadUserPort.findById(user.id())).thenReturn(Optional.of(user));
        when(sessionStore.rotate(new Session(wechatSession.id(), OPENID, user.id(), PROFILE))).thenReturn(rotated);

        LoginResult result = service.login(login("123456"));

        assertThat(result).isEqualTo(new LoginResult(user, rotated));
        verify(saveUserPort, never()).bindOpenId(any(), any(), any());
        verify(saveUserPort, never()).updateWechatProfile(any(), any(), any());
        verify(rateLimiter, never()).acquire(any());
        assertThat(transactions.committed()).isEqualTo(1);
    }

    @Test
    void a_mobile_bound_to_another_wechat_account_is_rebound_to_this_one() {
        roomForFailuresAndTheCodeIs(SmsCodeCheck.MATCHED);
        User user = TestUsers.activeUser().withId(7).withOpenId("o-old-phone").withMobile(MOBILE.value()).build();
        when(loadUserPort.findByMobile(MOBILE)).thenReturn(Optional.of(user));
        when(loadUserPort.findById(user.id())).thenReturn(Optional.of(user));
        doAnswer(transactions.insideTransaction(null)).when(saveUserPort).bindOpenId(user.id(), OPENID, NOW);
        when(sessionStore.rotate(any())).thenReturn(rotated);

        service.login(login("123456"));

        verify(saveUserPort).bindOpenId(user.id(), OPENID, NOW);
    }

    @Test
    void the_wechat_profile_of_the_session_replaces_the_one_kept_for_the_mobile() {
        roomForFailuresAndTheCodeIs(SmsCodeCheck.MATCHED);
        User user = TestUsers.activeUser().withId(7).withOpenId(OPENID.value()).withMobile(MOBILE.value())
                .withNickName("旧昵称").build();
        when(loadUserPort.findByMobile(MOBILE)).thenReturn(Optional.of(user));
        when(loadUserPort.findById(user.id())).thenReturn(Optional.of(user));
        doAnswer(transactions.insideTransaction(null)).when(saveUserPort).updateWechatProfile(user.id(), PROFILE, NOW);
        when(sessionStore.rotate(any())).thenReturn(rotated);

        service.login(login("123456"));

        verify(saveUserPort).updateWechatProfile(user.id(), PROFILE, NOW);
    }

    @Test
    void a_session_without_a_wechat_profile_leaves_the_kept_one_alone() {
        roomForFailuresAndTheCodeIs(SmsCodeCheck.MATCHED);
        User user = TestUsers.activeUser().withId(7).withOpenId(OPENID.value()).withMobile(MOBILE.value()).build();
        when(loadUserPort.findByMobile(MOBILE)).thenReturn(Optional.of(user));
        when(loadUserPort.findById(user.id())).thenReturn(Optional.of(user));
        when(sessionStore.rotate(any())).thenReturn(rotated);

        service.login(new LoginCommand(MOBILE, "123456", new Session(wechatSession.id(), OPENID, null), ADDRESS));

        verify(saveUserPort, never()).updateWechatProfile(any(), any(), any());
    }

    @Test
    void a_new_mobile_creates_an_active_user_with_the_wechat_profile_and_binds_the_openid() {
        roomForFailuresAndTheCodeIs(SmsCodeCheck.MATCHED);
        when(loadUserPort.findByMobile(MOBILE)).thenReturn(Optional.empty());
        User created = TestUsers.activeUser().withId(8).withMobile(MOBILE.value()).withoutWechat()
                .withNickName(PROFILE.nickName()).withHeadImgUrl(PROFILE.headImgUrl()).build();
        when(saveUserPort.insert(User.register(null, PROFILE, MOBILE, NOW)))
                .then(transactions.insideTransaction(created));
        when(loadUserPort.findById(created.id())).thenReturn(Optional.of(created));
        when(sessionStore.rotate(new Session(wechatSession.id(), OPENID, created.id(), PROFILE))).thenReturn(rotated);

        LoginResult result = service.login(login("123456"));

        verify(saveUserPort).bindOpenId(created.id(), OPENID, NOW);
        assertThat(result.session()).isEqualTo(rotated);
    }

    @Test
    void a_disabled_user_is_refused_and_nothing_is_bound_or_rotated() {
        roomForFailuresAndTheCodeIs(SmsCodeCheck.MATCHED);
        User disabled = TestUsers.activeUser().withId(9).withMobile(MOBILE.value()).withState(UserState.DISABLED).build();
        when(loadUserPort.findByMobile(MOBILE)).thenReturn(Optional.of(disabled));

        assertThatThrownBy(() -> service.login(login("123456"))).isInstanceOf(UserDisabledException.class);
        verifyNoInteractions(saveUserPort, sessionStore);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void a_wrong_or_expired_code_counts_a_failure_and_changes_nothing() {
        for (SmsCodeCheck check : List.of(SmsCodeCheck.WRONG, SmsCodeCheck.NONE)) {
            roomForFailuresAndTheCodeIs(check);

            assertThatThrownBy(() -> service.login(login("123456")))
                    .isInstanceOf(InvalidSmsCodeException.class).hasMessage("验证码错误或已失效");
        }
        verify(rateLimiter, times(2)).acquire(FAILURES);
        verify(loadUserPort, never()).findByMobile(any());
        verifyNoInteractions(saveUserPort, sessionStore);
    }

    @Test
    void the_try_that_uses_the_code_up_says_to_get_a_new_one() {
        roomForFailuresAndTheCodeIs(SmsCodeCheck.EXHAUSTED);

        assertThatThrownBy(() -> service.login(login("123456")))
                .isInstanceOf(InvalidSmsCodeException.class).hasMessage("验证码错误次数过多, 请重新获取");
        verify(rateLimiter).acquire(FAILURES);
    }

    @Test
    void after_too_many_failures_today_the_code_is_not_even_checked() {
        when(rateLimiter.peek(FAILURES)).thenReturn(RateDecision.refuse(Duration.ofHours(5)));

        assertThatThrownBy(() -> service.login(login("123456")))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(5)));
        verifyNoInteractions(codeStore, saveUserPort, sessionStore);
    }

    @Test
    void a_wechat_account_whose_user_is_disabled_signs_in_with_no_mobile_and_its_code_is_not_looked_at() {
        User disabled = TestUsers.activeUser().withId(9).withOpenId(OPENID.value()).withState(UserState.DISABLED).build();
        when(loadUserPort.findByOpenId(OPENID)).thenReturn(Optional.of(disabled));

        assertThatThrownBy(() -> service.login(login("123456")))
                .isInstanceOfSatisfying(UserDisabledException.class, e -> assertThat(e.code()).isEqualTo("USER_DISABLED"));
        verifyNoInteractions(codeStore, saveUserPort, sessionStore);
        verify(rateLimiter, never()).acquire(any());
    }

    @Test
    void the_code_looked_at_is_the_one_this_wechat_user_asked_for() {
        roomForFailuresAndTheCodeIs(SmsCodeCheck.NONE);
        Session stranger = new Session(SessionId.random(), new OpenId("o-stranger"), null);
        when(rateLimiter.peek(any())).thenReturn(RateDecision.allow());
        when(codeStore.check(MOBILE, new OpenId("o-stranger"), codes.hash(MOBILE, "123456"), 5))
                .thenReturn(SmsCodeCheck.NONE);

        assertThatThrownBy(() -> service.login(new LoginCommand(MOBILE, "123456", stranger, ADDRESS)))
                .isInstanceOf(InvalidSmsCodeException.class);
        verify(codeStore).check(MOBILE, new OpenId("o-stranger"), codes.hash(MOBILE, "123456"), 5);
        verify(codeStore, never()).check(eq(MOBILE), eq(OPENID), any(), any(Integer.class));
        verify(rateLimiter).acquire(List.of(
                new RateLimit("login-failure:openid:o-stranger", 10, Duration.ofDays(1)),
                new RateLimit("login-failure:ip:203.0.113.7", 50, Duration.ofDays(1))));
    }
}
