package com.coinop.application.account.service;

import com.coinop.application.account.port.in.DisableUserUseCase;
import com.coinop.application.account.port.in.UserStateChange;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import com.coinop.domain.user.UserState;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Disables a user in one transaction that holds the user's row: the state changes, and the session in
 * progress ends now through the one charge use case (joining this transaction), so a stop from the page
 * or the machine at the same moment charges it once. Holding the row, no new session can start meanwhile
 * (a start locks the same row, then finds the user disabled). A session a disabled user still has
 * (only from data changed behind the application) is ended too.
 */
public class DisableUserService implements DisableUserUseCase {

    private final LoadUserPort loadUserPort;
    private final SaveUserPort saveUserPort;
    private final UsageSessionPort usageSessionPort;
    private final ChargeUsageUseCase chargeUsage;
    private final TransactionPort transactionPort;
    private final ClockPort clock;

    public DisableUserService(LoadUserPort loadUserPort, SaveUserPort saveUserPort, UsageSessionPort usageSessionPort,
                              ChargeUsageUseCase chargeUsage, TransactionPort transactionPort, ClockPort clock) {
        this.loadUserPort = loadUserPort;
        this.saveUserPort = saveUserPort;
        this.usageSessionPort = usageSessionPort;
        this.chargeUsage = chargeUsage;
        this.transactionPort = transactionPort;
        this.clock = clock;
    }

    @Override
    public UserStateChange disable(UserId userId) {
        return transactionPort.inTransaction(() -> {
            User user = loadUserPort.lockById(userId).orElseThrow(() -> new UserNotFoundException(userId));
            LocalDateTime now = clock.now();
            boolean changed = user.isActive() && saveUserPort.changeState(userId, UserState.DISABLED, now);
            Optional<UsageSession> ended = usageSessionPort.findActiveByUser(userId)
                    .map(session -> chargeUsage.charge(new ChargeUsageCommand(session.id(), endTime(session, now),
                            UsageEndReason.USER_DISABLED)))
                    .filter(outcome -> !outcome.alreadyEnded())
                    .map(ChargeOutcome::expense);
            if (!changed && ended.isEmpty()) {
                return new UserStateChange(user, false, Optional.empty());
            }
            User after = loadUserPort.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
            return new UserStateChange(after, changed, ended);
        });
    }

    /* A session another instance started a moment "later" by its own clock ends at its start, costing nothing. */
    private static LocalDateTime endTime(UsageSession session, LocalDateTime now) {
        return now.isBefore(session.startTime()) ? session.startTime() : now;
    }
}
