package com.coinop.adapter.persistence.testing;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestRecharges;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Stored test data through the ports, for persistence and end-to-end tests:
 * {@code fixtures.fund(fixtures.user().id(), Money.ofYuan(50))}. Money only arrives the way the
 * application moves it, with a ledger entry, so the books add up in every test.
 */
public final class PersistenceFixtures {

    private static final LocalDateTime FUNDED_AT = LocalDateTime.of(2026, 1, 1, 0, 0, 0);

    private final SaveUserPort saveUserPort;
    private final SaveDevicePort saveDevicePort;
    private final AccountBalancePort accountBalancePort;
    private final TransactionPort transactionPort;
    private final RechargeOrderPort rechargeOrderPort;
    private final UsageSessionPort usageSessionPort;

    public PersistenceFixtures(SaveUserPort saveUserPort, SaveDevicePort saveDevicePort,
                               AccountBalancePort accountBalancePort,
                               TransactionPort transactionPort, RechargeOrderPort rechargeOrderPort,
                               UsageSessionPort usageSessionPort) {
        this.saveUserPort = saveUserPort;
        this.saveDevicePort = saveDevicePort;
        this.accountBalancePort = accountBalancePort;
        this.transactionPort = transactionPort;
        this.rechargeOrderPort = rechargeOrderPort;
        this.usageSessionPort = usageSessionPort;
    }

    /** A new active user with an empty account. */
    public User user() {
        return saveUserPort.insert(TestUsers.activeUser().build());
    }

    /** A new user as {@code builder} describes it (its account must be empty). */
    public User user(TestUsers builder) {
        return saveUserPort.insert(builder.build());
    }

    /** A new user holding {@code balance}, booked as an operator's credit. */
    public User userWithBalance(Money balance) {
        User user = user();
        fund(user.id(), balance);
        return user;
    }

    /** Credits {@code amount} as an ADJUSTMENT_CREDIT with its ledger entry; returns the balance after. */
    public Money fund(UserId userId, Money amount) {
        LedgerReference reference = new LedgerReference(LedgerKind.ADJUSTMENT_CREDIT, "test-" + UUID.randomUUID());
        return transactionPort.inTransaction(() -> accountBalancePort.credit(userId, amount, reference, FUNDED_AT))
                .balanceAfter();
    }

    /** A new enabled machine with a unique id. */
    public Device device() {
        return device(TestDevices.device());
    }

    public Device device(TestDevices builder) {
        Device device = builder.build();
        saveDevicePort.save(device);
        return device;
    }

    /** A stored CREATED order of {@code amount}. */
    public RechargeOrder createdOrder(UserId userId, Money amount) {
        RechargeOrder order = TestRecharges.createdOrder(userId).of(amount).build();
        return rechargeOrderPort.insert(order, order.ctime().plusMinutes(5));
    }

    /** A stored order of {@code amount} that was closed unpaid. */
    public RechargeOrder closedOrder(UserId userId, Money amount) {
        RechargeOrder created = createdOrder(userId, amount);
        RechargeOrder closed = created.close(created.ctime().plusHours(2));
        if (!rechargeOrderPort.markClosed(closed)) {
            throw new IllegalStateException("a fresh order could not be closed");
        }
        return closed;
    }

    /**
     * A stored order marked PAID at {@code payTime}, for history tests. It moves no balance: use the
     * credit use case for money.
     */
    public RechargeOrder paidOrderRecord(UserId userId, Money amount, LocalDateTime payTime) {
        RechargeOrder order = TestRecharges.createdOrder(userId).of(amount).createdAt(payTime.minusMinutes(1)).build();
        RechargeOrder created = rechargeOrderPort.insert(order, order.ctime().plusMinutes(5));
        RechargeOrder paid = created.markPaid(TestRecharges.nextTransactionId(), amount, payTime);
        if (!rechargeOrderPort.markPaid(paid)) {
            throw new IllegalStateException("a fresh order could not be marked paid");
        }
        return paid;
    }

    /** A stored STARTED session of {@code userId} on {@code device}. */
    public UsageSession startedSession(UserId userId, Device device, LocalDateTime startTime) {
        return usageSessionPort.insert(TestUsage.on(device).by(userId).startedAt(startTime).build());
    }

    /**
     * A stored session that ended at {@code endTime}, charged in full, for history tests. It moves no
     * balance: use the charge use case for money.
     */
    public UsageSession endedSessionRecord(UserId userId, Device device, LocalDateTime startTime,
                                           LocalDateTime endTime) {
        UsageSession started = startedSession(userId, device, startTime);
        UsageSession ended = started.end(endTime, Money.ofFen(Long.MAX_VALUE / 2), UsageEndReason.USER);
        if (!usageSessionPort.markEnded(ended)) {
            throw new IllegalStateException("a fresh session could not be ended");
        }
        return ended;
    }
}
