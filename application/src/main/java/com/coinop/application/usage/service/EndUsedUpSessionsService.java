package com.coinop.application.usage.service;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.application.usage.port.in.EndUsedUpSessionsUseCase;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks every session in progress, page by page. A session whose balance (as last read, possibly a
 * moment old) pays for no minute after now is checked again under its user's row lock with the current
 * balance (a recharge meanwhile lets it run on), and then ended at the end of its last paid minute
 * through the one charge use case: it costs at most the balance, and of several instances doing this at
 * once, one ends it.
 */
public class EndUsedUpSessionsService implements EndUsedUpSessionsUseCase {

    private final UsageSessionPort usageSessionPort;
    private final LoadUserPort loadUserPort;
    private final AccountBalancePort accountBalancePort;
    private final ChargeUsageUseCase chargeUsage;
    private final TransactionPort transactionPort;
    private final ClockPort clock;
    private final int batch;

    public EndUsedUpSessionsService(UsageSessionPort usageSessionPort, LoadUserPort loadUserPort,
                                    AccountBalancePort accountBalancePort, ChargeUsageUseCase chargeUsage,
                                    TransactionPort transactionPort, ClockPort clock, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("the batch of sessions read at once must be at least 1");
        }
        this.usageSessionPort = usageSessionPort;
        this.loadUserPort = loadUserPort;
        this.accountBalancePort = accountBalancePort;
        this.chargeUsage = chargeUsage;
        this.transactionPort = transactionPort;
        this.clock = clock;
        this.batch = batch;
    }

    @Override
    public List<UsageSessionId> endUsedUp() {
        LocalDateTime now = clock.now();
        List<UsageSessionId> ended = new ArrayList<>();
        UserId after = null;
        List<UsageSession> page;
        do {
            page = usageSessionPort.findInProgress(after, batch);
            for (UsageSession session : page) {
                if (looksUsedUp(session, now)) {
                    endIfUsedUp(session, now).filter(outcome -> !outcome.alreadyEnded())
                            .ifPresent(outcome -> ended.add(outcome.expense().id()));
                }
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).userId();
        } while (page.size() == batch);
        return ended;
    }

    private boolean looksUsedUp(UsageSession session, LocalDateTime now) {
        Money balance = loadUserPort.findById(session.userId()).map(User::account).map(Account::balance)
                .orElse(Money.ZERO);
        return !session.paidUntil(balance).isAfter(now);
    }

    private Optional<ChargeOutcome> endIfUsedUp(UsageSession session, LocalDateTime now) {
        return transactionPort.inTransaction(() -> {
            LocalDateTime paidUntil = session.paidUntil(accountBalancePort.lockAccount(session.userId()).balance());
            if (paidUntil.isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(chargeUsage.charge(new ChargeUsageCommand(session.id(), paidUntil,
                    UsageEndReason.BALANCE_USED_UP)));
        });
    }
}
