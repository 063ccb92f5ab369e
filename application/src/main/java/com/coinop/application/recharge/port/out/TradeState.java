package com.coinop.application.recharge.port.out;

/** WeChat Pay's {@code trade_state} of an order. */
public enum TradeState {
    /** Paid. */
    SUCCESS,
    /** Paid, then refunded at the merchant platform: the money went back, there is nothing to credit. */
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

    /** Whether the money was received and kept. */
    public boolean isPaid() {
        return this == SUCCESS;
    }
}
