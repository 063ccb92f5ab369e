package com.coinop.application.recharge.port.in;

import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.shared.InvalidValueException;

import java.time.LocalDateTime;

/** WeChat Pay says the order {@code outTradeNo} was paid: {@code paidAmount}, by {@code transactionId}, at {@code paidAt}. */
public record CreditPaidRechargeCommand(OutTradeNo outTradeNo, TransactionId transactionId, Money paidAmount,
                                        LocalDateTime paidAt) {

    public CreditPaidRechargeCommand {
        InvalidValueException.require(outTradeNo != null && transactionId != null && paidAmount != null
                && paidAt != null, "INVALID_PAYMENT", "支付结果不完整");
    }
}
