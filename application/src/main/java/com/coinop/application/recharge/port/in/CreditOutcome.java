package com.coinop.application.recharge.port.in;

/** What a payment report did to the balance. */
public enum CreditOutcome {
    /** This report credited the balance. */
    CREDITED,
    /** The same payment was credited before; nothing changed. */
    ALREADY_CREDITED
}
