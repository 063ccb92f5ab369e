package com.coinop.domain.recharge;

import com.coinop.domain.shared.InvalidValueException;

/** The id of a recharge order, positive. */
public record RechargeOrderId(long value) {

    public RechargeOrderId {
        InvalidValueException.require(value > 0, "INVALID_RECHARGE_ID", "充值单编号无效");
    }
}
