package com.coinop.domain.user;

import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    private static final UserId USER = new UserId(7);

    @Test
    void balance_is_total_minus_used() {
        assertThat(new Account(Money.ofFen(5000), Money.ofFen(1234)).balance()).isEqualTo(Money.ofFen(3766));
        assertThat(new Account(Money.ofFen(5000), Money.ofFen(5000)).balance()).isEqualTo(Money.ZERO);
        assertThat(new Account(Money.ofFen(Long.MAX_VALUE), Money.ZERO).balance()).isEqualTo(Money.ofFen(Long.MAX_VALUE));
    }

    @Test
    void the_empty_account_has_nothing() {
        assertThat(Account.EMPTY.total()).isEqualTo(Money.ZERO);
        assertThat(Account.EMPTY.used()).isEqualTo(Money.ZERO);
        assertThat(Account.EMPTY.balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void credit_raises_the_total_and_the_balance_and_leaves_used_alone() {
        Account before = new Account(Money.ofFen(1000), Money.ofFen(300));

        Account after = before.credit(Money.ofFen(1250));

        assertThat(after.total()).isEqualTo(Money.ofFen(2250));
        assertThat(after.used()).isEqualTo(Money.ofFen(300));
        assertThat(after.balance()).isEqualTo(Money.ofFen(1950));
        assertThat(before).isEqualTo(new Account(Money.ofFen(1000), Money.ofFen(300)));
    }

    @Test
    void credit_beyond_the_largest_amount_fails_instead_of_wrapping_around() {
        Account full = new Account(Money.ofFen(Long.MAX_VALUE), Money.ZERO);

        assertThatThrownBy(() -> full.credit(Money.ofFen(1))).isInstanceOf(InvalidValueException.class).hasMessage("金额超出范围");
    }

    @Test
    void debit_raises_used_and_lowers_the_balance_and_leaves_the_total_alone() {
        Account before = new Account(Money.ofFen(1000), Money.ofFen(300));

        Account after = before.debit(USER, Money.ofFen(150));

        assertThat(after.total()).isEqualTo(Money.ofFen(1000));
        assertThat(after.used()).isEqualTo(Money.ofFen(450));
        assertThat(after.balance()).isEqualTo(Money.ofFen(550));
    }

    @Test
    void debit_of_exactly_the_balance_leaves_zero() {
        Account after = new Account(Money.ofFen(1000), Money.ofFen(300)).debit(USER, Money.ofFen(700));

        assertThat(after.balance()).isEqualTo(Money.ZERO);
        assertThat(after.used()).isEqualTo(after.total());
    }

    @Test
    void debit_of_zero_changes_nothing() {
        Account before = new Account(Money.ofFen(1000), Money.ofFen(300));

        assertThat(before.debit(USER, Money.ZERO)).isEqualTo(before);
    }

    @Test
    void debit_more_than_balance_is_refused_and_the_account_is_unchanged() {
        Account before = new Account(Money.ofFen(1000), Money.ofFen(300));

        assertThatThrownBy(() -> before.debit(USER, Money.ofFen(701)))
                .isInstanceOfSatisfying(InsufficientBalanceException.class, e -> {
                    assertThat(e.code()).isEqualTo("INSUFFICIENT_BALANCE");
                    assertThat(e.getMessage()).contains("用户 7").contains("7.01");
                });
        assertThat(before.total()).isEqualTo(Money.ofFen(1000));
        assertThat(before.used()).isEqualTo(Money.ofFen(300));
        assertThat(before.balance()).isEqualTo(Money.ofFen(700));
    }

    @Test
    void debit_from_an_empty_account_is_refused() {
        assertThatThrownBy(() -> Account.EMPTY.debit(USER, Money.ofFen(1))).isInstanceOf(InsufficientBalanceException.class);
        assertThatThrownBy(() -> Account.EMPTY.debit(USER, Money.ofFen(Long.MAX_VALUE))).isInstanceOf(InsufficientBalanceException.class);
    }

    @Test
    void used_above_total_is_refused() {
        assertThatThrownBy(() -> new Account(Money.ofFen(1000), Money.ofFen(1001)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_ACCOUNT"));
        assertThatThrownBy(() -> new Account(Money.ZERO, Money.ofFen(1))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void missing_amounts_are_refused() {
        assertThatThrownBy(() -> new Account(null, Money.ZERO)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Account(Money.ZERO, null)).isInstanceOf(InvalidValueException.class);
    }
}
