package com.coinop.domain.recharge;

/**
 * CREATED → PAID (once) or CREATED → CLOSED; CLOSED → PAID when a payment arrives for an order closed
 * as it expired (money received is always credited). PAID is final.
 */
public enum RechargeStatus {
    CREATED,
    PAID,
    CLOSED
}
