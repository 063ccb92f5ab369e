package com.coinop.application.recharge.port.out;

/** WeChat Pay's {@code trade_state} of an order. */
public enum TradeState {
    /** Paid. */
    SUCCESS,
    /** Paid, then (partly) refunded. */
    REFUND,
    /** Not paid (yet). */
    NOTPAY,
    /** Closed: can no longer be paid. */
    CLOSED,
    /** Cancelled (payment-code orders only). */
    REVOKED,
    /** The payer is entering the password. */
    USERPAYING,
    /** The payment failed (e.g. the bank refused). */
    PAYERROR;

    /** Whether the money was received. */
    public boolean isPaid() {
        return this == SUCCESS || this == REFUND;
    }
}
