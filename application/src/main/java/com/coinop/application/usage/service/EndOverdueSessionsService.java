package com.coinop.application.usage.service;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.application.usage.port.in.EndOverdueSessionsUseCase;
import com.coinop.application.usage.port.out.SessionInProgress;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.user.UserId;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks every session in progress, page by page (one statement a page reads the sessions with their
 * balances and their machines' last heartbeats), and ends the overdue ones through the one charge use
 * case (of several instances doing this at once, one ends each):
 * <ul>
 *   <li>used up: the balance (as last read, possibly a moment old) pays for no minute after now. Checked
 *   again under the user's row lock with the current balance (a recharge meanwhile lets it run on), then
 *   ended at the end of its last paid minute, so it costs at most the balance;</li>
 *   <li>silent: its machine has sent heartbeats, but none for {@code silentAfter}. Ended at the last
 *   heartbeat (or at the start, when that came before it): the last moment the machine was known to run.
 *   A machine that never sent one is not judged by its silence (machines without the device API).</li>
 * </ul>
 */
public class EndOverdueSessionsService implements EndOverdueSessionsUseCase {

    private final UsageSessionPort usageSessionPort;
    private final AccountBalancePort accountBalancePort;
    private final ChargeUsageUseCase chargeUsage;
    private final TransactionPort transactionPort;
    private final ClockPort clock;
    private final Duration silentAfter;
    private final int batch;

    public EndOverdueSessionsService(UsageSessionPort usageSessionPort, AccountBalancePort accountBalancePort,
                                     ChargeUsageUseCase chargeUsage, TransactionPort transactionPort, ClockPort clock,
                                     Duration silentAfter, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("the batch of sessions read at once must be at least 1");
        }
        if (silentAfter.isNegative() || silentAfter.isZero()) {
            throw new IllegalArgumentException("the silence that ends a session must be positive");
        }
        this.usageSessionPort = usageSessionPort;
        this.accountBalancePort = accountBalancePort;
        this.chargeUsage = chargeUsage;
        this.transactionPort = transactionPort;
        this.clock = clock;
        this.silentAfter = silentAfter;
        this.batch = batch;
    }

    @Override
    public List<UsageSessionId> endOverdue() {
        LocalDateTime now = clock.now();
        List<UsageSessionId> ended = new ArrayList<>();
        UserId after = null;
        List<SessionInProgress> page;
        do {
            page = usageSessionPort.findInProgress(after, batch);
            for (SessionInProgress inProgress : page) {
                UsageSession session = inProgress.session();
                Optional<LocalDateTime> silentSince = silentSince(inProgress, now);
                if (silentSince.isPresent() || !session.paidUntil(inProgress.balance()).isAfter(now)) {
                    endIfOverdue(session, silentSince, now).filter(outcome -> !outcome.alreadyEnded())
                            .ifPresent(outcome -> ended.add(outcome.expense().id()));
                }
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).session().userId();
        } while (page.size() == batch);
        return ended;
    }

    /** The session's end by its machine's silence: its last heartbeat, never before its start. */
    private Optional<LocalDateTime> silentSince(SessionInProgress inProgress, LocalDateTime now) {
        LocalDateTime start = inProgress.session().startTime();
        return inProgress.lastHeartbeat()
                .filter(last -> !last.plus(silentAfter).isAfter(now))
                .map(last -> last.isBefore(start) ? start : last);
    }

    private Optional<ChargeOutcome> endIfOverdue(UsageSession session, Optional<LocalDateTime> silentSince,
                                                 LocalDateTime now) {
        return transactionPort.inTransaction(() -> {
            LocalDateTime paidUntil = session.paidUntil(accountBalancePort.lockAccount(session.userId()).balance());
            if (silentSince.isPresent() && !silentSince.get().isAfter(paidUntil)) {
                return Optional.of(chargeUsage.charge(new ChargeUsageCommand(session.id(), silentSince.get(),
                        UsageEndReason.MACHINE_SILENT)));
            }
            if (paidUntil.isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(chargeUsage.charge(new ChargeUsageCommand(session.id(), paidUntil,
                    UsageEndReason.BALANCE_USED_UP)));
        });
    }
}
