package com.coinop.application.usage.port.in;

import com.coinop.domain.money.Money;
import com.coinop.domain.usage.UsageSession;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A session in progress: the minutes started so far (each is charged), what they cost if it ended now,
 * and the whole minutes the balance still pays for.
 */
public record CurrentUsage(UsageSession session, long elapsedMinutes, Money runningCost, long minutesLeft) {

    /**
     * The session as of {@code now} with {@code balance}: the balance is debited only when the session ends,
     * so the minutes left are those from now to the end of the last minute the whole balance pays for.
     */
    public static CurrentUsage at(UsageSession session, Money balance, LocalDateTime now) {
        long elapsed = session.minutesStartedAt(now);
        LocalDateTime paidUntil = session.paidUntil(balance);
        long left = now.isBefore(paidUntil) ? Duration.between(now, paidUntil).toMinutes() : 0;
        return new CurrentUsage(session, elapsed, session.pricePerMinute().times(elapsed), left);
    }
}
