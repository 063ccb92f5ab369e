package com.coinop.domain.user;

import com.coinop.domain.money.Money;
import com.coinop.domain.shared.DomainException;

/** A debit larger than the balance. */
public class InsufficientBalanceException extends DomainException {

    public InsufficientBalanceException(UserId userId, Money wanted) {
        super("INSUFFICIENT_BALANCE", "余额不足 (" + (userId == null ? "" : "用户 " + userId.value() + ", ") + "需要 " + wanted + " 元)");
    }
}
