package com.coinop.application.recharge.port.in;

import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserId;

/** The signed-in user {@code userId} wants to top up {@code yuan} whole yuan. */
public record CreateRechargeCommand(UserId userId, long yuan) {

    public CreateRechargeCommand {
        InvalidValueException.require(userId != null, "INVALID_USER_ID", "用户编号缺失");
        InvalidValueException.require(yuan > 0, "INVALID_AMOUNT", "充值金额必须是正整数元");
    }
}
