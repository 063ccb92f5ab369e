package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserState;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link LoadUserPort} does; users are stored through {@link SaveUserPort}. */
public abstract class LoadUserPortContract extends PersistenceIntegrationTest {

    protected abstract LoadUserPort loadUserPort();

    protected abstract SaveUserPort saveUserPort();

    @Test
    void a_stored_user_is_found_by_id_with_every_field() {
        User stored = saveUserPort().insert(TestUsers.activeUser()
                .withNickName("小明🎮 O'Brien \"熊猫\"")
                .at(LocalDateTime.of(2025, 12, 31, 23, 59, 59))
                .build());

        assertThat(loadUserPort().findById(stored.id())).contains(stored);
    }

    @Test
    void a_stored_user_is_found_by_openid() {
        User stored = saveUserPort().insert(TestUsers.activeUser().build());

        assertThat(loadUserPort().findByOpenId(stored.openId())).contains(stored);
    }

    @Test
    void an_openid_of_any_characters_round_trips() {
        String openId = "o|测试😀 x'\"\\%_" + System.nanoTime();
        User stored = saveUserPort().insert(TestUsers.activeUser().withOpenId(openId).build());

        assertThat(loadUserPort().findByOpenId(new OpenId(openId))).contains(stored);
    }

    @Test
    void openids_differing_only_in_case_are_different_users() {
        String openId = "oAbCdEf" + System.nanoTime();
        User upper = saveUserPort().insert(TestUsers.activeUser().withOpenId(openId).build());
        User lower = saveUserPort().insert(TestUsers.activeUser().withOpenId(openId.toLowerCase()).build());

        assertThat(loadUserPort().findByOpenId(new OpenId(openId))).contains(upper);
        assertThat(loadUserPort().findByOpenId(new OpenId(openId.toLowerCase()))).contains(lower);
    }

    @Test
    void a_user_without_openid_mobile_nickname_or_avatar_round_trips() {
        User stored = saveUserPort().insert(new User(null, null, null, null, null,
                Account.EMPTY, UserState.ACTIVE,
                LocalDateTime.of(2026, 3, 1, 8, 0), LocalDateTime.of(2026, 3, 1, 8, 0)));

        assertThat(loadUserPort().findById(stored.id())).contains(stored);
    }

    @Test
    void a_disabled_user_is_found_disabled() {
        User stored = saveUserPort().insert(TestUsers.disabledUser().build());

        assertThat(loadUserPort().findById(stored.id())).get().extracting(User::state).isEqualTo(UserState.DISABLED);
    }

    @Test
    void an_unknown_user_is_not_found() {
        assertThat(loadUserPort().findById(new UserId(Long.MAX_VALUE))).isEmpty();
        assertThat(loadUserPort().findByOpenId(new OpenId("o-nobody-" + System.nanoTime()))).isEmpty();
    }

    @Test
    void a_stored_user_is_found_by_mobile_and_an_unknown_mobile_is_empty() {
        User stored = fixtures.user();

        assertThat(loadUserPort().findByMobile(stored.mobile())).get().extracting(User::id).isEqualTo(stored.id());
        assertThat(loadUserPort().findByMobile(new Mobile("19999999999"))).isEmpty();
    }
}
