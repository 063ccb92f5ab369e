package com.coinop.application.recharge.port.out;

import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.TransactionId;

import java.time.LocalDateTime;

/**
 * What WeChat Pay says of an order. A paid state carries the payment: its transaction id, the total
 * paid and when; any other state may carry none of them.
 */
public record PaymentState(OutTradeNo outTradeNo, TradeState state, TransactionId transactionId, Money paidTotal,
                           LocalDateTime paidAt) {

    public PaymentState {
        if (outTradeNo == null || state == null) {
            throw new IllegalArgumentException("a payment state names its order and its state");
        }
        if (state.isPaid() && (transactionId == null || paidTotal == null || paidAt == null)) {
            throw new IllegalArgumentException("a paid state has a transaction id, a total and a time");
        }
    }

    /** An order that is not paid. */
    public static PaymentState unpaid(OutTradeNo outTradeNo, TradeState state) {
        return new PaymentState(outTradeNo, state, null, null, null);
    }
}
