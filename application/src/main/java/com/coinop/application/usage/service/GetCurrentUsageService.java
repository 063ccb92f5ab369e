package com.coinop.application.usage.service;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.usage.port.in.CurrentUsage;
import com.coinop.application.usage.port.in.GetCurrentUsageUseCase;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;

import java.util.Optional;

/** The user's session in progress as of now (see {@link CurrentUsage#at}). */
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
            return CurrentUsage.at(session, balance, clock.now());
        });
    }
}
