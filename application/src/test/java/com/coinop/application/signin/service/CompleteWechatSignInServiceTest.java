package com.coinop.application.signin.service;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.shared.port.out.LockPort;
import com.coinop.application.shared.port.out.RecordingTransactionPort;
import com.coinop.application.signin.port.in.CompleteWechatSignInCommand;
import com.coinop.application.signin.port.in.OAuthStateInvalidException;
import com.coinop.application.signin.port.in.WechatSignInCompletion;
import com.coinop.application.signin.port.out.ExchangedCode;
import com.coinop.application.signin.port.out.ExchangedCodeStorePort;
import com.coinop.application.signin.port.out.OAuthCode;
import com.coinop.application.signin.port.out.OAuthState;
import com.coinop.application.signin.port.out.OAuthStateStorePort;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.application.signin.port.out.WechatCodeRejectedException;
import com.coinop.application.signin.port.out.WechatIdentity;
import com.coinop.application.signin.port.out.WechatOAuthPort;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.WechatProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class CompleteWechatSignInServiceTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 1, 12, 0, 0);
    private static final WechatSignInSettings SETTINGS =
            new WechatSignInSettings(Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofSeconds(5), 3);
    private static final String PAGE = "https://h5.example.com/#/home";
    private static final OAuthCode CODE = new OAuthCode("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    private static final OpenId OPENID = new OpenId("o-wechat-42");
    private static final WechatProfile PROFILE = new WechatProfile("小明", "https://thirdwx.qlogo.cn/a/132");
    private static final WechatIdentity IDENTITY = new WechatIdentity(OPENID, PROFILE);

    /** Runs the work at once and records which locks it ran under. */
    private static final class RecordingLocks implements LockPort {
        final List<String> names = new ArrayList<>();

        @Override
        public <T> T underLock(String name, Duration wait, Supplier<T> work) {
            names.add(name);
            return work.get();
        }
    }

    private final OAuthStateStorePort stateStore = mock(OAuthStateStorePort.class);
    private final ExchangedCodeStorePort exchangedCodes = mock(ExchangedCodeStorePort.class);
    private final RecordingLocks locks = new RecordingLocks();
    private final WechatOAuthPort oauth = mock(WechatOAuthPort.class);
    private final LoadUserPort loadUserPort = mock(LoadUserPort.class);
    private final SaveUserPort saveUserPort = mock(SaveUserPort.class);
    private final SessionStorePort sessionStore = mock(SessionStorePort.class);
    private final RecordingTransactionPort transactions = new RecordingTransactionPort();
    private final CompleteWechatSignInService service = new CompleteWechatSignInService(stateStore, exchangedCodes, locks,
            oauth, loadUserPort, saveUserPort, sessionStore, transactions, () -> NOW, SETTINGS);

    private final Session browser = new Session(SessionId.random(), null, null);
    private final OAuthState state = OAuthState.start(browser.id(), PAGE);
    private final Session rotated = new Session(SessionId.random(), OPENID, null, PROFILE);

    private WechatSignInCompletion callback(Session session, String stateValue, String code) {
        return service.complete(new CompleteWechatSignInCommand(session, stateValue, code));
    }

    private void stateIsKept() {
        when(stateStore.find(state.value())).thenReturn(Optional.of(state));
    }

    @Test
    void a_new_wechat_user_gets_the_openid_and_profile_in_a_new_session_and_goes_back_to_the_page() {
        stateIsKept();
        when(oauth.exchange(CODE)).thenReturn(IDENTITY);
        when(loadUserPort.findByOpenId(OPENID)).thenReturn(Optional.empty());
        when(sessionStore.rotate(new Session(browser.id(), OPENID, null, PROFILE))).thenReturn(rotated);

        WechatSignInCompletion done = callback(browser, state.value(), CODE.value());

        assertThat(done).isEqualTo(new WechatSignInCompletion(PAGE, rotated));
        verify(exchangedCodes).save(CODE, new ExchangedCode(state.value(), IDENTITY), Duration.ofMinutes(5));
        verify(stateStore).update(state.movedTo(rotated.id()));
        verify(stateStore, never()).save(any(), any());
        assertThat(locks.names).containsExactly("wechat-oauth-code:" + CODE.digest());
        assertThat(locks.names.get(0)).doesNotContain(CODE.value());
    }

    @Test
    void an_openid_bound_to_an_active_user_signs_in_silently_with_the_profile_brought_up_to_date() {
        stateIsKept();
        when(oauth.exchange(CODE)).thenReturn(IDENTITY);
        User user = TestUsers.activeUser().withId(7).withOpenId(OPENID.value()).withNickName("旧昵称").build();
        when(loadUserPort.findByOpenId(OPENID)).thenReturn(Optional.of(user));
        doAnswer(transactions.insideTransaction(null)).when(saveUserPort).updateWechatProfile(user.id(), PROFILE, NOW);
        Session signedIn = new Session(SessionId.random(), OPENID, user.id(), PROFILE);
        when(sessionStore.rotate(new Session(browser.id(), OPENID, user.id(), PROFILE))).thenReturn(signedIn);

        WechatSignInCompletion done = callback(browser, state.value(), CODE.value());

        assertThat(done.session()).isEqualTo(signedIn);
        verify(saveUserPort).updateWechatProfile(user.id(), PROFILE, NOW);
        assertThat(transactions.committed()).isEqualTo(1);
    }

    @Test
    void an_unchanged_profile_is_not_written_again() {
        stateIsKept();
        when(oauth.exchange(CODE)).thenReturn(IDENTITY);
        User user = TestUsers.activeUser().withId(7).withOpenId(OPENID.value()).withNickName(PROFILE.nickName())
                .withHeadImgUrl(PROFILE.headImgUrl()).build();
        when(loadUserPort.findByOpenId(OPENID)).thenReturn(Optional.of(user));
        when(sessionStore.rotate(any())).thenReturn(rotated);

        callback(browser, state.value(), CODE.value());

        verify(saveUserPort, never()).updateWechatProfile(any(), any(), any());
    }

    @Test
    void the_openid_of_a_disabled_user_is_kept_but_not_signed_in() {
        stateIsKept();
        when(oauth.exchange(CODE)).thenReturn(IDENTITY);
        when(loadUserPort.findByOpenId(OPENID)).thenReturn(Optional.of(TestUsers.disabledUser().withId(9).build()));
        when(sessionStore.rotate(new Session(browser.id(), OPENID, null, PROFILE))).thenReturn(rotated);

        assertThat(callback(browser, state.value(), CODE.value()).session()).isEqualTo(rotated);
        verify(saveUserPort, never()).updateWechatProfile(any(), any(), any());
    }

    @Test
    void a_code_seen_before_in_the_same_round_trip_is_answered_without_wechat() {
        stateIsKept();
        when(exchangedCodes.find(CODE)).thenReturn(Optional.of(new ExchangedCode(state.value(), IDENTITY)));
        when(loadUserPort.findByOpenId(OPENID)).thenReturn(Optional.empty());
        when(sessionStore.rotate(any())).thenReturn(rotated);

        assertThat(callback(browser, state.value(), CODE.value()).session()).isEqualTo(rotated);
        verifyNoInteractions(oauth);
        verify(exchangedCodes, never()).save(any(), any(), any());
    }

    @Test
    void a_code_seen_before_in_another_round_trip_is_refused_without_wechat() {
        stateIsKept();
        String otherRoundTrip = OAuthState.start(SessionId.random(), PAGE).value();
        when(exchangedCodes.find(CODE)).thenReturn(Optional.of(new ExchangedCode(otherRoundTrip, IDENTITY)));

        assertThatThrownBy(() -> callback(browser, state.value(), CODE.value()))
                .isInstanceOf(WechatCodeRejectedException.class);
        verifyNoInteractions(oauth, sessionStore, loadUserPort);
    }

    @Test
    void a_code_wechat_refuses_changes_nothing() {
        stateIsKept();
        when(oauth.exchange(CODE)).thenThrow(new WechatCodeRejectedException(40029));

        assertThatThrownBy(() -> callback(browser, state.value(), CODE.value()))
                .isInstanceOf(WechatCodeRejectedException.class);
        verify(exchangedCodes, never()).save(any(), any(), any());
        verifyNoInteractions(sessionStore, loadUserPort);
    }

    @Test
    void a_missing_unknown_or_malformed_state_is_refused_before_wechat() {
        when(stateStore.find(any())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> callback(browser, null, CODE.value())).isInstanceOf(OAuthStateInvalidException.class);
        assertThatThrownBy(() -> callback(browser, "", CODE.value())).isInstanceOf(OAuthStateInvalidException.class);
        assertThatThrownBy(() -> callback(browser, "x".repeat(5000), CODE.value()))
                .isInstanceOf(OAuthStateInvalidException.class);
        assertThatThrownBy(() -> callback(browser, OAuthState.start(browser.id(), PAGE).value(), CODE.value()))
                .isInstanceOf(OAuthStateInvalidException.class);
        verifyNoInteractions(oauth, exchangedCodes, sessionStore);
        verify(stateStore).find(any());
    }

    @Test
    void a_state_started_by_another_browser_is_refused() {
        stateIsKept();
        Session otherBrowser = new Session(SessionId.random(), null, null);

        assertThatThrownBy(() -> callback(otherBrowser, state.value(), CODE.value()))
                .isInstanceOf(OAuthStateInvalidException.class);
        assertThatThrownBy(() -> callback(null, state.value(), CODE.value()))
                .isInstanceOf(OAuthStateInvalidException.class);
        verifyNoInteractions(oauth, exchangedCodes, sessionStore);
    }

    @Test
    void without_a_code_the_user_declined_and_goes_back_to_the_page_unchanged() {
        stateIsKept();

        assertThat(callback(browser, state.value(), null)).isEqualTo(new WechatSignInCompletion(PAGE, browser));
        assertThat(callback(browser, state.value(), "")).isEqualTo(new WechatSignInCompletion(PAGE, browser));
        verifyNoInteractions(oauth, exchangedCodes, sessionStore);
    }

    @Test
    void a_code_that_cannot_be_wechats_is_refused_before_wechat() {
        stateIsKept();

        assertThatThrownBy(() -> callback(browser, state.value(), "c".repeat(129)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> callback(browser, state.value(), "abc def"))
                .isInstanceOf(InvalidValueException.class);
        verifyNoInteractions(oauth, exchangedCodes, sessionStore);
    }

    @Test
    void a_signed_in_browser_signing_in_as_another_wechat_account_leaves_the_old_user() {
        Session signedInAsSomeoneElse = new Session(browser.id(), new OpenId("o-other"), new UserId(3));
        stateIsKept();
        when(oauth.exchange(CODE)).thenReturn(IDENTITY);
        when(loadUserPort.findByOpenId(OPENID)).thenReturn(Optional.empty());
        when(sessionStore.rotate(new Session(browser.id(), OPENID, null, PROFILE))).thenReturn(rotated);

        assertThat(callback(signedInAsSomeoneElse, state.value(), CODE.value()).session()).isEqualTo(rotated);
    }
}
