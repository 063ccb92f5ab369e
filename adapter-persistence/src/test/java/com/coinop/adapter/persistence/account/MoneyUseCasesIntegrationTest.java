package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Concurrently.Outcome;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.recharge.port.in.CreditOutcome;
import com.coinop.application.recharge.port.in.CreditPaidRechargeCommand;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.recharge.service.CreditPaidRechargeService;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.application.usage.service.ChargeUsageService;
import com.coinop.domain.device.Device;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.PaidAmountMismatchException;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.RechargeStatus;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestRecharges;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageState;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two money use cases of the application module, built with these adapters over the real
 * database: a payment is credited exactly once and a session is charged exactly once, however often
 * and however concurrently the report arrives.
 */
class MoneyUseCasesIntegrationTest extends PersistenceIntegrationTest {

    private static final LocalDateTime PAID_AT = LocalDateTime.of(2026, 10, 1, 8, 0, 0);
    private static final LocalDateTime START = LocalDateTime.of(2026, 10, 1, 20, 0, 0);
    private static final int REPORTS = 12;

    @Autowired
    private RechargeOrderPort rechargeOrderPort;

    @Autowired
    private UsageSessionPort usageSessionPort;

    @Autowired
    private LoadDevicePort loadDevicePort;

    @Autowired
    private AccountBalancePort accountBalancePort;

    @Autowired
    private LedgerPort ledgerPort;

    @Autowired
    private TransactionPort transactionPort;

    @Autowired
    private LoadUserPort loadUserPort;

    @Autowired
    private JdbcTemplate jdbc;

    private CreditPaidRechargeService creditService;
    private ChargeUsageService chargeService;

    @BeforeEach
    void services() {
        creditService = new CreditPaidRechargeService(rechargeOrderPort, accountBalancePort, transactionPort);
        chargeService = new ChargeUsageService(usageSessionPort, accountBalancePort, loadDevicePort, transactionPort);
    }

    @Test
    void a_paid_order_is_credited_and_a_repeated_report_changes_nothing() {
        User user = fixtures.user();
        RechargeOrder order = fixtures.createdOrder(user.id(), Money.ofFen(1_000));
        CreditPaidRechargeCommand report = paidReport(order, TestRecharges.nextTransactionId(), order.amount());

        assertThat(creditService.credit(report)).isEqualTo(CreditOutcome.CREDITED);
        assertThat(creditService.credit(report)).isEqualTo(CreditOutcome.ALREADY_CREDITED);

        assertThat(account(user)).isEqualTo(new Account(Money.ofFen(1_000), Money.ZERO));
        assertBooksBalance(user.id());
        assertThat(ledgerRows("RECHARGE", order.outTradeNo().value())).isEqualTo(1);
        assertThat(rechargeOrderPort.findByOutTradeNo(order.outTradeNo())).get()
                .extracting(RechargeOrder::status).isEqualTo(RechargeStatus.PAID);
    }

    @Test
    void concurrent_reports_of_one_payment_credit_it_exactly_once() {
        for (int round = 0; round < 5; round++) {
            User user = fixtures.userWithBalance(Money.ofFen(7));
            RechargeOrder order = fixtures.createdOrder(user.id(), Money.ofFen(5_000));
            CreditPaidRechargeCommand report = paidReport(order, TestRecharges.nextTransactionId(), order.amount());

            List<Outcome<CreditOutcome>> outcomes = Concurrently.run(REPORTS, () -> creditService.credit(report));

            assertThat(outcomes).noneMatch(Outcome::failed);
            assertThat(outcomes).filteredOn(o -> o.value() == CreditOutcome.CREDITED).hasSize(1);
            assertThat(account(user)).isEqualTo(new Account(Money.ofFen(5_007), Money.ZERO));
            assertThat(ledgerRows("RECHARGE", order.outTradeNo().value())).isEqualTo(1);
            assertBooksBalance(user.id());
        }
    }

    @Test
    void concurrent_reports_of_different_payments_for_one_order_credit_one_and_refuse_the_rest() {
        User user = fixtures.user();
        RechargeOrder order = fixtures.createdOrder(user.id(), Money.ofFen(800));

        List<Outcome<CreditOutcome>> outcomes = Concurrently.run(REPORTS,
                i -> () -> creditService.credit(paidReport(order, TestRecharges.nextTransactionId(), order.amount())));

        assertThat(outcomes).filteredOn(o -> o.value() == CreditOutcome.CREDITED).hasSize(1);
        assertThat(outcomes).filteredOn(Outcome::failed).hasSize(REPORTS - 1)
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(IllegalStateTransitionException.class));
        assertThat(account(user).balance()).isEqualTo(Money.ofFen(800));
        assertBooksBalance(user.id());
    }

    @Test
    void a_report_of_another_amount_credits_nothing() {
        User user = fixtures.user();
        RechargeOrder order = fixtures.createdOrder(user.id(), Money.ofFen(1_000));

        assertThatThrownBy(() -> creditService.credit(paidReport(order, TestRecharges.nextTransactionId(), Money.ofFen(999))))
                .isInstanceOf(PaidAmountMismatchException.class);

        assertThat(account(user)).isEqualTo(Account.EMPTY);
        assertThat(rechargeOrderPort.findByOutTradeNo(order.outTradeNo())).contains(order);
        assertThat(ledgerPort.sumFen(user.id())).isZero();
    }

    @Test
    void a_repeat_of_a_credited_payment_naming_another_amount_is_refused_and_changes_nothing() {
        User user = fixtures.user();
        RechargeOrder order = fixtures.createdOrder(user.id(), Money.ofFen(1_000));
        CreditPaidRechargeCommand report = paidReport(order, TestRecharges.nextTransactionId(), order.amount());
        creditService.credit(report);

        assertThatThrownBy(() -> creditService.credit(new CreditPaidRechargeCommand(report.outTradeNo(),
                report.transactionId(), Money.ofFen(2_000), PAID_AT))).isInstanceOf(PaidAmountMismatchException.class);

        assertThat(account(user)).isEqualTo(new Account(Money.ofFen(1_000), Money.ZERO));
        assertThat(ledgerRows("RECHARGE", order.outTradeNo().value())).isEqualTo(1);
    }

    @Test
    void a_payment_for_a_closed_order_is_credited_once_since_the_money_was_received() {
        User user = fixtures.user();
        RechargeOrder closed = fixtures.closedOrder(user.id(), Money.ofFen(1_000));
        CreditPaidRechargeCommand report = paidReport(closed, TestRecharges.nextTransactionId(), closed.amount());

        assertThat(creditService.credit(report)).isEqualTo(CreditOutcome.CREDITED_AFTER_CLOSE);
        assertThat(creditService.credit(report)).isEqualTo(CreditOutcome.ALREADY_CREDITED);

        assertThat(account(user)).isEqualTo(new Account(Money.ofFen(1_000), Money.ZERO));
        assertThat(ledgerRows("RECHARGE", closed.outTradeNo().value())).isEqualTo(1);
    }

    @Test
    void an_ended_session_is_charged_and_a_repeated_report_changes_nothing() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(75)));
        UsageSession started = fixtures.startedSession(user.id(), device, START);
        ChargeUsageCommand report = new ChargeUsageCommand(started.id(), START.plusSeconds(601), UsageEndReason.USER);

        ChargeOutcome first = chargeService.charge(report);
        ChargeOutcome again = chargeService.charge(report);

        assertThat(first.alreadyEnded()).isFalse();
        assertThat(first.expense().cost()).isEqualTo(Money.ofFen(11 * 75));
        assertThat(again.alreadyEnded()).isTrue();
        assertThat(again.expense()).isEqualTo(first.expense());
        assertThat(account(user)).isEqualTo(new Account(Money.ofFen(1_000), Money.ofFen(825)));
        assertThat(ledgerRows("USAGE", String.valueOf(started.id().value()))).isEqualTo(1);
        assertBooksBalance(user.id());
    }

    @Test
    void concurrent_end_reports_charge_the_session_exactly_once() {
        for (int round = 0; round < 5; round++) {
            User user = fixtures.userWithBalance(Money.ofFen(10_000));
            Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
            UsageSession started = fixtures.startedSession(user.id(), device, START);
            ChargeUsageCommand report = new ChargeUsageCommand(started.id(), START.plusMinutes(30), UsageEndReason.USER);

            List<Outcome<ChargeOutcome>> outcomes = Concurrently.run(REPORTS, () -> chargeService.charge(report));

            assertThat(outcomes).noneMatch(Outcome::failed);
            assertThat(outcomes).filteredOn(o -> !o.value().alreadyEnded()).hasSize(1);
            UsageSession stored = usageSessionPort.findById(started.id()).orElseThrow();
            assertThat(outcomes).allSatisfy(o -> assertThat(o.value().expense()).isEqualTo(stored));
            assertThat(stored.cost()).isEqualTo(Money.ofFen(30 * 50));
            assertThat(account(user)).isEqualTo(new Account(Money.ofFen(10_000), Money.ofFen(1_500)));
            assertThat(ledgerRows("USAGE", String.valueOf(started.id().value()))).isEqualTo(1);
            assertBooksBalance(user.id());
        }
    }

    @Test
    void the_charge_is_capped_by_the_balance() {
        User user = fixtures.userWithBalance(Money.ofFen(100));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(75)));
        UsageSession started = fixtures.startedSession(user.id(), device, START);

        ChargeOutcome outcome = chargeService.charge(new ChargeUsageCommand(started.id(), START.plusMinutes(20), UsageEndReason.USER));

        assertThat(outcome.expense().cost()).isEqualTo(Money.ofFen(100));
        assertThat(outcome.expense().unpaid()).isEqualTo(Money.ofFen(20 * 75 - 100));
        assertThat(usageSessionPort.findById(started.id())).as("the unpaid part is stored").contains(outcome.expense());
        assertThat(account(user).balance()).isEqualTo(Money.ZERO);
        assertBooksBalance(user.id());
    }

    @Test
    void a_session_of_a_user_without_money_ends_without_a_debit() {
        User user = fixtures.user();
        Device device = fixtures.device();
        UsageSession started = fixtures.startedSession(user.id(), device, START);

        ChargeOutcome outcome = chargeService.charge(new ChargeUsageCommand(started.id(), START.plusMinutes(5), UsageEndReason.USER));

        assertThat(outcome.expense().state()).isEqualTo(UsageState.ENDED);
        assertThat(outcome.expense().cost()).isEqualTo(Money.ZERO);
        assertThat(account(user)).isEqualTo(Account.EMPTY);
        assertThat(ledgerRows("USAGE", String.valueOf(started.id().value()))).isZero();
    }

    @Test
    void payments_and_a_charge_arriving_together_for_one_user_keep_the_books_right() {
        User user = fixtures.userWithBalance(Money.ofFen(100));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(10)));
        UsageSession started = fixtures.startedSession(user.id(), device, START);
        List<RechargeOrder> orders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            orders.add(fixtures.createdOrder(user.id(), Money.ofFen(1_000 + i)));
        }
        List<Callable<Object>> reports = new ArrayList<>();
        for (RechargeOrder order : orders) {
            CreditPaidRechargeCommand report = paidReport(order, TestRecharges.nextTransactionId(), order.amount());
            reports.add(() -> creditService.credit(report));
            reports.add(() -> creditService.credit(report));
        }
        ChargeUsageCommand end = new ChargeUsageCommand(started.id(), START.plusMinutes(60), UsageEndReason.USER);
        reports.add(() -> chargeService.charge(end));
        reports.add(() -> chargeService.charge(end));

        List<Outcome<Object>> outcomes = Concurrently.run(reports.size(), reports::get);

        assertThat(outcomes).noneMatch(Outcome::failed);
        Money charged = usageSessionPort.findById(started.id()).orElseThrow().cost();
        long credited = orders.stream().mapToLong(order -> order.amount().fen()).sum();
        assertThat(account(user)).isEqualTo(new Account(Money.ofFen(100 + credited), charged));
        assertBooksBalance(user.id());
    }

    private static CreditPaidRechargeCommand paidReport(RechargeOrder order, TransactionId transaction, Money paid) {
        return new CreditPaidRechargeCommand(order.outTradeNo(), transaction, paid, PAID_AT);
    }

    private Account account(User user) {
        return loadUserPort.findById(user.id()).orElseThrow().account();
    }

    /** The ledger adds up to the balance, and the user's history counts match the rows they count. */
    private void assertBooksBalance(UserId user) {
        Account account = loadUserPort.findById(user).orElseThrow().account();
        assertThat(ledgerPort.sumFen(user)).as("ledger sum").isEqualTo(account.balance().fen());
        assertThat(jdbc.queryForObject("SELECT paid_recharge_count FROM users WHERE id = ?", Long.class, user.value()))
                .as("paid recharge count").isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM recharge_orders WHERE user_id = ? AND status = 'PAID'", Long.class, user.value()));
        assertThat(jdbc.queryForObject("SELECT ended_session_count FROM users WHERE id = ?", Long.class, user.value()))
                .as("ended session count").isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM usage_sessions WHERE user_id = ? AND state = 'ENDED'", Long.class, user.value()));
    }

    private int ledgerRows(String kind, String reference) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entries WHERE kind = ? AND reference = ?",
                Integer.class, kind, reference);
    }
}
