package com.coinop.application.usage.port.in;

import com.coinop.domain.usage.UsageSession;

/**
 * A started session and the minutes the balance pays for from its start (the machine stops the user
 * then, and so does coinop).
 */
public record UsageStarted(UsageSession session, long minutesPaid) {
}
