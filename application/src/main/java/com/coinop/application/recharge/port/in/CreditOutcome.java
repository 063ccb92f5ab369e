package com.coinop.application.recharge.port.in;

/** What a payment report did to the balance. */
public enum CreditOutcome {
    /** This report credited the balance. */
    CREDITED,
    /**
     * This report credited the balance of an order that had been closed: the user paid as it expired.
     * The money was received, so it is credited; worth a warning in the log.
     */
    CREDITED_AFTER_CLOSE,
    /** The same payment was credited before; nothing changed. */
    ALREADY_CREDITED
}
