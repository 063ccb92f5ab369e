package com.coinop.domain.testing;

import com.coinop.domain.device.Device;
import com.coinop.domain.money.Money;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.user.UserId;

import java.time.LocalDateTime;

/** Test usage sessions: {@code TestUsage.on(device).by(userId).startedAt(t).build()}. */
public final class TestUsage {

    private final Device device;
    private UserId userId;
    private LocalDateTime startTime = LocalDateTime.of(2026, 1, 2, 10, 0, 0);

    private TestUsage(Device device) {
        this.device = device;
    }

    public static TestUsage on(Device device) {
        return new TestUsage(device);
    }

    public TestUsage by(UserId userId) {
        this.userId = userId;
        return this;
    }

    public TestUsage startedAt(LocalDateTime startTime) {
        this.startTime = startTime;
        return this;
    }

    /** A STARTED session, not stored yet (started with a balance that pays for years of it). */
    public UsageSession build() {
        return UsageSession.start(userId, device, Money.ofFen(Long.MAX_VALUE / 2), startTime);
    }

    /** The STARTED session as storage returns it: with {@code id}. */
    public UsageSession buildStored(long id) {
        UsageSession session = build();
        return new UsageSession(new UsageSessionId(id), session.userId(), session.deviceId(), session.location(),
                session.pricePerMinute(), session.state(), session.startTime(), session.endTime(),
                session.costSeconds(), session.cost(), session.unpaid(), session.endReason(), session.utime());
    }

    /** The session ended {@code seconds} after its start, with {@code balance} to pay from. */
    public UsageSession buildEnded(long seconds, Money balance) {
        return build().end(startTime.plusSeconds(seconds), balance, UsageEndReason.USER);
    }
}
