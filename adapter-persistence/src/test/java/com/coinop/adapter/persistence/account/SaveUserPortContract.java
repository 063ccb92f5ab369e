package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.DomainException;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserDisabledException;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import com.coinop.domain.user.UserState;
import com.coinop.domain.user.WechatProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link SaveUserPort} does; checked through {@link LoadUserPort}. */
public abstract class SaveUserPortContract extends PersistenceIntegrationTest {

    protected abstract SaveUserPort saveUserPort();

    protected abstract LoadUserPort loadUserPort();

    @Test
    void insert_assigns_a_new_id_and_keeps_everything_else() {
        User user = TestUsers.activeUser().build();

        User first = saveUserPort().insert(user);
        User second = saveUserPort().insert(TestUsers.activeUser().build());

        assertThat(first.id()).isNotNull();
        assertThat(second.id().value()).isGreaterThan(first.id().value());
        assertThat(first).usingRecursiveComparison().ignoringFields("id").isEqualTo(user);
    }

    @Test
    void a_second_user_with_the_same_openid_is_refused() {
        User first = saveUserPort().insert(TestUsers.activeUser().build());

        assertThatThrownBy(() -> saveUserPort().insert(TestUsers.activeUser().withOpenId(first.openId().value()).build()))
                .isInstanceOf(IllegalStateTransitionException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("OPENID_ALREADY_REGISTERED");
        assertThat(loadUserPort().findByOpenId(first.openId())).contains(first);
    }

    @Test
    void a_second_user_with_the_same_mobile_is_refused() {
        User first = saveUserPort().insert(TestUsers.activeUser().build());
        User sameMobile = TestUsers.activeUser().withMobile(first.mobile().value()).build();

        assertThatThrownBy(() -> saveUserPort().insert(sameMobile))
                .isInstanceOf(IllegalStateTransitionException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("MOBILE_ALREADY_BOUND");
        assertThat(loadUserPort().findByOpenId(sameMobile.openId())).isEmpty();
    }

    @Test
    void many_users_may_have_no_openid_and_no_mobile() {
        LocalDateTime now = LocalDateTime.of(2026, 2, 1, 9, 0);
        User first = saveUserPort().insert(new User(null, null, "a", null, null, Account.EMPTY, UserState.ACTIVE, now, now));
        User second = saveUserPort().insert(new User(null, null, "b", null, null, Account.EMPTY, UserState.ACTIVE, now, now));

        assertThat(loadUserPort().findById(first.id())).contains(first);
        assertThat(loadUserPort().findById(second.id())).contains(second);
    }

    @Test
    void a_user_arriving_with_money_is_refused_because_money_needs_a_ledger_entry() {
        User rich = TestUsers.activeUser().withBalance(Money.ofYuan(50)).build();

        assertThatThrownBy(() -> saveUserPort().insert(rich)).isInstanceOf(InvalidValueException.class);
        assertThat(loadUserPort().findByOpenId(rich.openId())).isEmpty();
    }

    @Test
    void a_user_that_already_has_an_id_is_refused() {
        assertThatThrownBy(() -> saveUserPort().insert(TestUsers.activeUser().withId(123).build()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void times_are_stored_to_the_second_cut_not_rounded() {
        User user = TestUsers.activeUser().at(LocalDateTime.of(2026, 1, 2, 10, 0, 0, 900_000_000)).build();

        User stored = saveUserPort().insert(user);

        assertThat(loadUserPort().findById(stored.id())).get()
                .extracting(User::ctime).isEqualTo(LocalDateTime.of(2026, 1, 2, 10, 0, 0));
    }

    @Autowired
    private TransactionPort transactionPort;

    private static final LocalDateTime BOUND_AT = LocalDateTime.of(2026, 5, 1, 9, 30, 0);

    private void bind(User user, OpenId openId) {
        transactionPort.inTransaction(() -> {
            saveUserPort().bindOpenId(user.id(), openId, BOUND_AT);
            return null;
        });
    }

    @Test
    void binding_an_openid_moves_it_from_its_old_holder() {
        User oldHolder = saveUserPort().insert(TestUsers.activeUser().build());
        User newHolder = saveUserPort().insert(TestUsers.activeUser().withOpenId("o-new-" + System.nanoTime()).build());

        bind(newHolder, oldHolder.openId());

        assertThat(loadUserPort().findByOpenId(oldHolder.openId())).get().extracting(User::id).isEqualTo(newHolder.id());
        assertThat(loadUserPort().findById(oldHolder.id())).get().satisfies(user -> {
            assertThat(user.openId()).isNull();
            assertThat(user.utime()).isEqualTo(BOUND_AT);
        });
        assertThat(loadUserPort().findById(newHolder.id())).get().extracting(User::utime).isEqualTo(BOUND_AT);
    }

    @Test
    void an_openid_never_moves_away_from_a_disabled_user() {
        User disabled = saveUserPort().insert(TestUsers.disabledUser().build());
        User other = saveUserPort().insert(TestUsers.activeUser().withOpenId("o-other-" + System.nanoTime()).build());

        assertThatThrownBy(() -> bind(other, disabled.openId())).isInstanceOf(UserDisabledException.class);

        assertThat(loadUserPort().findByOpenId(disabled.openId())).get().extracting(User::id).isEqualTo(disabled.id());
        assertThat(loadUserPort().findById(other.id())).get().extracting(User::openId).isEqualTo(other.openId());
    }

    @Test
    void binding_the_openid_a_user_already_has_changes_nothing_else() {
        User user = saveUserPort().insert(TestUsers.activeUser().build());

        bind(user, user.openId());

        assertThat(loadUserPort().findByOpenId(user.openId())).get().extracting(User::id).isEqualTo(user.id());
    }

    @Test
    void binding_to_an_unknown_user_is_refused_and_the_old_holder_keeps_the_openid() {
        User holder = saveUserPort().insert(TestUsers.activeUser().build());

        assertThatThrownBy(() -> bind(TestUsers.activeUser().withId(Long.MAX_VALUE).build(), holder.openId()))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(loadUserPort().findByOpenId(holder.openId())).get().extracting(User::id).isEqualTo(holder.id());
    }

    @Test
    void binding_outside_a_transaction_is_refused() {
        User user = saveUserPort().insert(TestUsers.activeUser().build());

        assertThatThrownBy(() -> saveUserPort().bindOpenId(user.id(), new OpenId("o-x"), BOUND_AT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_wechat_profile_of_the_longest_kept_values_is_stored_and_read_back_whole() {
        User user = saveUserPort().insert(TestUsers.activeUser().build());
        WechatProfile profile = new WechatProfile("😀".repeat(WechatProfile.MAX_NICK_NAME_LENGTH),
                "https://thirdwx.qlogo.cn/" + "a".repeat(WechatProfile.MAX_HEAD_IMG_URL_LENGTH - 25));

        saveUserPort().updateWechatProfile(user.id(), profile, BOUND_AT);

        assertThat(loadUserPort().findById(user.id())).get().satisfies(stored -> {
            assertThat(stored.wechatProfile()).isEqualTo(profile);
            assertThat(stored.utime()).isEqualTo(BOUND_AT);
            assertThat(stored.openId()).isEqualTo(user.openId());
        });
    }

    @Test
    void updating_the_profile_of_an_unknown_user_is_refused() {
        assertThatThrownBy(() -> saveUserPort().updateWechatProfile(new UserId(Long.MAX_VALUE),
                new WechatProfile("x", null), BOUND_AT)).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void a_user_is_disabled_and_enabled_again_and_a_repeat_changes_nothing() {
        User user = fixtures.userWithBalance(Money.ofFen(500));
        LocalDateTime at = LocalDateTime.of(2026, 11, 28, 21, 0, 0);

        assertThat(saveUserPort().changeState(user.id(), UserState.DISABLED, at)).isTrue();
        assertThat(saveUserPort().changeState(user.id(), UserState.DISABLED, at.plusMinutes(1))).isFalse();

        User disabled = loadUserPort().findById(user.id()).orElseThrow();
        assertThat(disabled.state()).isEqualTo(UserState.DISABLED);
        assertThat(disabled.utime()).isEqualTo(at);
        assertThat(disabled.account()).as("the balance is untouched").isEqualTo(new Account(Money.ofFen(500), Money.ZERO));
        assertThat(saveUserPort().changeState(user.id(), UserState.ACTIVE, at.plusMinutes(2))).isTrue();
        assertThat(loadUserPort().findById(user.id()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void the_state_of_an_unknown_user_is_not_found() {
        assertThatThrownBy(() -> saveUserPort().changeState(new UserId(Long.MAX_VALUE), UserState.DISABLED,
                LocalDateTime.of(2026, 11, 28, 21, 0, 0))).isInstanceOf(UserNotFoundException.class);
    }
}
