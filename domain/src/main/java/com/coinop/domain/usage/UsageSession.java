package com.coinop.domain.usage;

import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.UserId;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One use of a machine by a user, from start to end. The machine's location and price per minute
 * are copied at the start, so a later change of the machine changes no past expense. An ended
 * session is the expense the user sees: what it cost in all, how much of that the balance could not
 * pay ({@code unpaid}, kept so it is never silently dropped), and why it ended. {@code id} is null only
 * before it is first stored.
 */
public record UsageSession(UsageSessionId id, UserId userId, DeviceId deviceId, DeviceLocation location,
                           Money pricePerMinute, UsageState state, LocalDateTime startTime,
                           LocalDateTime endTime, long costSeconds, Money cost, Money unpaid,
                           UsageEndReason endReason, LocalDateTime utime) {

    private static final long SECONDS_PER_MINUTE = 60;

    public UsageSession {
        InvalidValueException.require(userId != null && deviceId != null && location != null
                && pricePerMinute != null && state != null && startTime != null && utime != null && cost != null
                && unpaid != null, "INVALID_USAGE", "上机记录不完整");
        boolean ended = state == UsageState.ENDED;
        InvalidValueException.require(ended == (endTime != null), "INVALID_USAGE", "只有已下机的记录有下机时间");
        InvalidValueException.require(ended == (endReason != null), "INVALID_USAGE", "只有已下机的记录有下机原因");
        InvalidValueException.require(costSeconds >= 0, "INVALID_USAGE", "使用时长不能为负数");
        InvalidValueException.require(ended || (costSeconds == 0 && cost.isZero() && unpaid.isZero()), "INVALID_USAGE",
                "未下机的记录没有费用");
    }

    /**
     * A user starts using a machine now: only an enabled machine, and only with a balance that pays for
     * at least one minute of it (a session is charged by the started minute).
     */
    public static UsageSession start(UserId userId, Device device, Money balance, LocalDateTime now) {
        device.requireEnabled();
        if (device.pricePerMinute().isGreaterThan(balance)) {
            throw new InsufficientBalanceException(userId, device.pricePerMinute());
        }
        return new UsageSession(null, userId, device.id(), device.location(), device.pricePerMinute(),
                UsageState.STARTED, now, null, 0, Money.ZERO, Money.ZERO, null, now);
    }

    /**
     * The session ends at {@code endTime} for {@code reason}. It costs every started minute at the price
     * copied at the start, {@code ceil(seconds / 60) × price}; the balance pays what it can, and the rest
     * is kept as {@code unpaid} (a machine that was offline past the last paid minute).
     */
    public UsageSession end(LocalDateTime endTime, Money balance, UsageEndReason reason) {
        if (state != UsageState.STARTED) {
            throw new IllegalStateTransitionException("USAGE_ALREADY_ENDED", "该上机记录已下机");
        }
        InvalidValueException.require(reason != null && reason != UsageEndReason.UNRECORDED, "INVALID_USAGE",
                "下机须有原因");
        InvalidValueException.require(!endTime.isBefore(startTime), "INVALID_END_TIME", "下机时间早于上机时间");
        long seconds = Duration.between(startTime, endTime).getSeconds();
        Money fullCost = pricePerMinute.times(minutesStarted(seconds));
        Money paid = fullCost.min(balance);
        return new UsageSession(id, userId, deviceId, location, pricePerMinute, UsageState.ENDED, startTime,
                endTime, seconds, paid, fullCost.minus(paid), reason, endTime);
    }

    /**
     * The end of the last minute {@code balance} pays for: a session ended then costs at most the balance.
     * The start itself when the balance pays for no whole minute.
     */
    public LocalDateTime paidUntil(Money balance) {
        return startTime.plusMinutes(balance.fen() / pricePerMinute.fen());
    }

    /** The minutes started by {@code at} (each started minute is charged); 0 before the start. */
    public long minutesStartedAt(LocalDateTime at) {
        return at.isAfter(startTime) ? minutesStarted(Duration.between(startTime, at).getSeconds()) : 0;
    }

    /** Whole minutes as the seed shows {@code cost_time}: floor of the seconds. */
    public long costMinutes() {
        return costSeconds / SECONDS_PER_MINUTE;
    }

    /** The minutes charged: every started minute, {@code ceil(seconds / 60)}. */
    public long billedMinutes() {
        return minutesStarted(costSeconds);
    }

    /** What the charge of this session is booked under: one debit per session, ever. */
    public LedgerReference ledgerReference() {
        return new LedgerReference(LedgerKind.USAGE, String.valueOf(id.value()));
    }

    private static long minutesStarted(long seconds) {
        return (seconds + SECONDS_PER_MINUTE - 1) / SECONDS_PER_MINUTE;
    }
}
