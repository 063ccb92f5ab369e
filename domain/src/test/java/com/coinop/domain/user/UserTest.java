package com.coinop.domain.user;

import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.testing.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 4, 5, 6, 7);

    @Test
    void a_registered_user_is_active_with_an_empty_account_and_no_id() {
        OpenId openId = new OpenId("o-abc");
        Mobile mobile = new Mobile("13812345678");

        User user = User.register(openId, new WechatProfile("小明", "https://thirdwx.qlogo.cn/x/132"), mobile, NOW);

        assertThat(user.id()).isNull();
        assertThat(user.state()).isEqualTo(UserState.ACTIVE);
        assertThat(user.isActive()).isTrue();
        assertThat(user.account()).isEqualTo(Account.EMPTY);
        assertThat(user.account().balance()).isEqualTo(Money.ZERO);
        assertThat(user.openId()).isEqualTo(openId);
        assertThat(user.mobile()).isEqualTo(mobile);
        assertThat(user.nickName()).isEqualTo("小明");
        assertThat(user.headImgUrl()).isEqualTo("https://thirdwx.qlogo.cn/x/132");
        assertThat(user.ctime()).isEqualTo(NOW);
        assertThat(user.utime()).isEqualTo(NOW);
    }

    @Test
    void a_user_rebuilt_from_storage_keeps_everything() {
        Account account = new Account(Money.ofFen(5000), Money.ofFen(1200));

        User user = User.withId(new UserId(9), new OpenId("o-x"), "n", "https://h/132", new Mobile("13912345678"), account,
                UserState.DISABLED, NOW, NOW.plusDays(1));

        assertThat(user.id()).isEqualTo(new UserId(9));
        assertThat(user.account()).isEqualTo(account);
        assertThat(user.state()).isEqualTo(UserState.DISABLED);
        assertThat(user.utime()).isEqualTo(NOW.plusDays(1));
    }

    @Test
    void a_user_rebuilt_from_storage_needs_an_id() {
        assertThatThrownBy(() -> User.withId(null, new OpenId("o-x"), "n", "h", new Mobile("13912345678"),
                Account.EMPTY, UserState.ACTIVE, NOW, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_USER"));
    }

    @Test
    void a_user_without_account_state_or_times_is_refused() {
        assertThatThrownBy(() -> new User(null, null, null, null, null, null, UserState.ACTIVE, NOW, NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new User(null, null, null, null, null, Account.EMPTY, null, NOW, NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new User(null, null, null, null, null, Account.EMPTY, UserState.ACTIVE, null, NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new User(null, null, null, null, null, Account.EMPTY, UserState.ACTIVE, NOW, null))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void require_active_lets_an_active_user_through() {
        User user = TestUsers.activeUser().withId(3).build();

        assertThat(user.requireActive()).isSameAs(user);
    }

    @Test
    void require_active_on_a_disabled_user_throws_user_disabled() {
        User user = TestUsers.disabledUser().withId(3).build();

        assertThat(user.isActive()).isFalse();
        assertThatThrownBy(user::requireActive)
                .isInstanceOfSatisfying(UserDisabledException.class, e -> assertThat(e.code()).isEqualTo("USER_DISABLED"));
    }

    @Test
    void a_user_without_a_wechat_profile_registers_with_neither_nickname_nor_avatar() {
        User user = User.register(null, null, new Mobile("13812345678"), NOW);

        assertThat(user.wechatProfile()).isEqualTo(WechatProfile.NONE);
    }

    @Test
    void a_nickname_longer_than_a_column_holds_is_refused() {
        String longName = "喵".repeat(WechatProfile.MAX_NICK_NAME_LENGTH + 1);

        assertThatThrownBy(() -> TestUsers.activeUser().withNickName(longName).build())
                .isInstanceOf(InvalidValueException.class)
                .extracting("code").isEqualTo("INVALID_NICK_NAME");
    }

    @Test
    void an_avatar_that_is_no_web_address_is_refused() {
        assertThatThrownBy(() -> TestUsers.activeUser().withHeadImgUrl("javascript:alert(1)").build())
                .isInstanceOf(InvalidValueException.class)
                .extracting("code").isEqualTo("INVALID_HEAD_IMG_URL");
    }

    @Test
    void a_wechat_profile_changes_the_user_only_when_it_says_something_new() {
        User user = TestUsers.activeUser().withNickName("小明").withHeadImgUrl("https://thirdwx.qlogo.cn/a/132").build();

        assertThat(user.wechatProfileChangedBy(new WechatProfile("小明明", null)))
                .contains(new WechatProfile("小明明", "https://thirdwx.qlogo.cn/a/132"));
        assertThat(user.wechatProfileChangedBy(new WechatProfile("小明", "https://thirdwx.qlogo.cn/a/132"))).isEmpty();
        assertThat(user.wechatProfileChangedBy(WechatProfile.NONE)).isEmpty();
    }
}
