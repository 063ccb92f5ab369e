package com.coinop.domain.recharge;

import com.coinop.domain.shared.InvalidValueException;

/** WeChat Pay's number for a payment ({@code transaction_id}), at most 32 characters. */
public record TransactionId(String value) {

    public TransactionId {
        InvalidValueException.require(value != null && !value.isBlank() && value.length() <= 32,
                "INVALID_TRANSACTION_ID", "微信支付订单号无效");
    }
}
