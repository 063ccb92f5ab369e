package com.coinop.domain.user;

import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;

/**
 * What a user has recharged in total and used in total. The balance is derived, so
 * {@code balance = total - used} holds by construction, and {@code used <= total} keeps it from
 * going below zero.
 */
public record Account(Money total, Money used) {

    public static final Account EMPTY = new Account(Money.ZERO, Money.ZERO);

    public Account {
        InvalidValueException.require(total != null && used != null, "INVALID_ACCOUNT", "账户金额缺失");
        InvalidValueException.require(!used.isGreaterThan(total), "INVALID_ACCOUNT", "消费总额超过充值总额");
    }

    public Money balance() {
        return total.minus(used);
    }
}
