package com.coinop.application.usage.service;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.usage.port.in.CurrentUsage;
import com.coinop.application.usage.port.in.GetCurrentUsageUseCase;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The session in progress as of now. The balance is debited only when the session ends, so the minutes
 * left are those from now to the end of the last minute the whole balance pays for.
 */
public class GetCurrentUsageService implements GetCurrentUsageUseCase {

    private final UsageSessionPort usageSessionPort;
    private final LoadUserPort loadUserPort;
    private final ClockPort clock;

    public GetCurrentUsageService(UsageSessionPort usageSessionPort, LoadUserPort loadUserPort, ClockPort clock) {
        this.usageSessionPort = usageSessionPort;
        this.loadUserPort = loadUserPort;
        this.clock = clock;
    }

    @Override
    public Optional<CurrentUsage> current(UserId userId) {
        return usageSessionPort.findActiveByUser(userId).map(session -> {
            Money balance = loadUserPort.findById(userId).orElseThrow(() -> new UserNotFoundException(userId))
                    .account().balance();
            LocalDateTime now = clock.now();
            long elapsed = session.minutesStartedAt(now);
            LocalDateTime paidUntil = session.paidUntil(balance);
            long left = now.isBefore(paidUntil) ? Duration.between(now, paidUntil).toMinutes() : 0;
            return new CurrentUsage(session, elapsed, session.pricePerMinute().times(elapsed), left);
        });
    }
}
