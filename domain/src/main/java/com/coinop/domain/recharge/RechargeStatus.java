package com.coinop.domain.recharge;

/** CREATED → PAID (once) or CREATED → CLOSED. PAID and CLOSED are final. */
public enum RechargeStatus {
    CREATED,
    PAID,
    CLOSED
}
