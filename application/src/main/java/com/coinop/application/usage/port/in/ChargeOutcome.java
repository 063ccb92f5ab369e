package com.coinop.application.usage.port.in;

import com.coinop.domain.usage.UsageSession;

/**
 * The ended session (the expense) and whether this call ended it.
 *
 * @param alreadyEnded true when the session had been ended and charged before; nothing changed
 */
public record ChargeOutcome(UsageSession expense, boolean alreadyEnded) {
}
