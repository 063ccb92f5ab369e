package com.coinop.application.recharge.port.in;

/**
 * Asks WeChat Pay about orders still waiting for payment once their check is due: a payment whose
 * notification did not arrive is credited as the notification would have, and an order past its
 * expiry is closed at WeChat Pay and then here. Any number of instances may run it at once.
 */
public interface ReconcileRechargesUseCase {

    /** Checks the orders due now, at most a batch of them. */
    ReconciliationReport reconcileDue();
}
