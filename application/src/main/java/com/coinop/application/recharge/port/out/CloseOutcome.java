package com.coinop.application.recharge.port.out;

/** What closing an order at WeChat Pay did. */
public enum CloseOutcome {
    /** The order is closed (or WeChat Pay never knew it): it can no longer be paid. */
    CLOSED,
    /** The order was paid before it could be closed: the money was received. */
    ALREADY_PAID
}
