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
    void insufficient_balance_names_the_user_and_the_amount() {
        assertThat(new InsufficientBalanceException(USER, Money.ofFen(701)))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("INSUFFICIENT_BALANCE");
                    assertThat(e.getMessage()).contains("用户 7").contains("7.01");
                });
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
