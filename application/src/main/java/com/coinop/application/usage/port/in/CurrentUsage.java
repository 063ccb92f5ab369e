package com.coinop.application.usage.port.in;

import com.coinop.domain.money.Money;
import com.coinop.domain.usage.UsageSession;

/**
 * A session in progress: the minutes started so far (each is charged), what they cost if it ended now,
 * and the whole minutes the balance still pays for.
 */
public record CurrentUsage(UsageSession session, long elapsedMinutes, Money runningCost, long minutesLeft) {
}
