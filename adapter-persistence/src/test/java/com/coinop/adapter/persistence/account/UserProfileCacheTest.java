package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.shared.NearCacheProperties;
import com.coinop.adapter.persistence.testing.Eventually;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.WechatProfile;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link UserProfileCache}: users shown from memory, and every change the adapters make reaching the
 * copy of this instance and of another one (a second cache on the same Redis).
 */
class UserProfileCacheTest extends PersistenceIntegrationTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 6, 1, 12, 0, 0);

    @Autowired
    private UserProfileCache cache;

    @Autowired
    private RedissonClient redisson;

    @Autowired
    private UserMapper mapper;

    @Autowired
    private UserConverter converter;

    @Autowired
    private AccountBalancePort balances;

    @Autowired
    private SaveUserPort saveUserPort;

    @Autowired
    private TransactionPort transactionPort;

    private UserProfileCache anotherInstance() {
        return new UserProfileCache(redisson, new NearCacheProperties(Duration.ofMinutes(1), 1000), mapper, converter);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactionPort.inTransaction(work);
    }

    @Test
    void a_user_is_read_once_and_then_shown_from_memory() {
        User user = fixtures.user();
        User shown = cache.findProfile(user.id()).orElseThrow();
        assertThat(shown.nickName()).isEqualTo(user.nickName());

        // behind the adapters' back (an operator's SQL): the copy still answers until its time is up
        mapper.updateWechatProfile(user.id().value(), "改了", null, AT);

        assertThat(cache.findProfile(user.id())).containsSame(shown);
    }

    @Test
    void an_unknown_user_is_empty() {
        assertThat(cache.findProfile(new UserId(Long.MAX_VALUE - 1))).isEmpty();
    }

    @Test
    void a_credit_and_a_debit_show_on_both_instances_once_committed() throws InterruptedException {
        User user = fixtures.userWithBalance(Money.ofYuan(10));
        UserProfileCache other = anotherInstance();
        assertThat(cache.findProfile(user.id())).get().extracting(u -> u.account().balance()).isEqualTo(Money.ofYuan(10));
        assertThat(other.findProfile(user.id())).isPresent();

        inTransaction(() -> balances.credit(user.id(), Money.ofYuan(5), adjustment(LedgerKind.ADJUSTMENT_CREDIT), AT));

        assertThat(cache.findProfile(user.id())).get().extracting(u -> u.account().balance()).isEqualTo(Money.ofYuan(15));
        assertThat(Eventually.holds(() -> other.findProfile(user.id()).orElseThrow().account().balance()
                .equals(Money.ofYuan(15)))).isTrue();

        inTransaction(() -> balances.debit(user.id(), Money.ofFen(250), adjustment(LedgerKind.ADJUSTMENT_DEBIT), AT));

        assertThat(cache.findProfile(user.id())).get().extracting(u -> u.account().balance()).isEqualTo(Money.ofFen(1250));
        assertThat(Eventually.holds(() -> other.findProfile(user.id()).orElseThrow().account().balance()
                .equals(Money.ofFen(1250)))).isTrue();
    }

    @Test
    void a_move_that_rolls_back_leaves_the_shown_balance_right() {
        User user = fixtures.userWithBalance(Money.ofYuan(3));
        cache.findProfile(user.id());

        assertThatThrownBy(() -> inTransaction(() ->
                balances.debit(user.id(), Money.ofYuan(4), adjustment(LedgerKind.ADJUSTMENT_DEBIT), AT)))
                .isInstanceOf(InsufficientBalanceException.class);

        assertThat(cache.findProfile(user.id())).get().extracting(u -> u.account().balance()).isEqualTo(Money.ofYuan(3));
    }

    @Test
    void binding_an_openid_and_a_new_profile_show_at_once_for_both_users() {
        User oldHolder = fixtures.user();
        User newHolder = fixtures.user();
        cache.findProfile(oldHolder.id());
        cache.findProfile(newHolder.id());

        inTransaction(() -> {
            saveUserPort.bindOpenId(newHolder.id(), oldHolder.openId(), AT);
            saveUserPort.updateWechatProfile(newHolder.id(), new WechatProfile("新昵称", null), AT);
            return null;
        });

        assertThat(cache.findProfile(oldHolder.id())).get().extracting(User::openId).isNull();
        assertThat(cache.findProfile(newHolder.id())).get().satisfies(user -> {
            assertThat(user.openId()).isEqualTo(oldHolder.openId());
            assertThat(user.nickName()).isEqualTo("新昵称");
        });
    }

    private static LedgerReference adjustment(LedgerKind kind) {
        return new LedgerReference(kind, UUID.randomUUID().toString());
    }
}
