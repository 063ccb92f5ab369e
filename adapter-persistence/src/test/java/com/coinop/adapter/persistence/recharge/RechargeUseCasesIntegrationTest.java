package com.coinop.adapter.persistence.recharge;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Concurrently.Outcome;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.adapter.persistence.testing.InMemoryWechatPay;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.recharge.port.in.CreateRechargeCommand;
import com.coinop.application.recharge.port.in.CreditOutcome;
import com.coinop.application.recharge.port.in.NotificationOutcome;
import com.coinop.application.recharge.port.in.RechargeCreated;
import com.coinop.application.recharge.port.in.ReconciliationReport;
import com.coinop.application.recharge.port.in.TooManyOpenRechargesException;
import com.coinop.application.recharge.port.out.ForgedNotificationException;
import com.coinop.application.recharge.port.out.PaymentState;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.recharge.port.out.SignedNotification;
import com.coinop.application.recharge.port.out.TradeState;
import com.coinop.application.recharge.service.CreateRechargeService;
import com.coinop.application.recharge.service.CreditPaidRechargeService;
import com.coinop.application.recharge.service.OutTradeNos;
import com.coinop.application.recharge.service.ReceivePaymentNotificationService;
import com.coinop.application.recharge.service.RechargeSettings;
import com.coinop.application.recharge.service.ReconcileRechargesService;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.PaidAmountMismatchException;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.RechargeOrderNotFoundException;
import com.coinop.domain.recharge.RechargeStatus;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The recharge use cases built with these adapters over the real database and WeChat Pay kept in
 * memory: a payment is credited exactly once whether it is reported once, ten times, by ten threads at
 * once, by the reconciliation job at the same moment, or after the order was closed.
 */
class RechargeUseCasesIntegrationTest extends PersistenceIntegrationTest {

    private static final Duration EXPIRY = Duration.ofHours(2);
    private static final Duration FIRST_CHECK = Duration.ofMinutes(5);
    private static final RechargeSettings SETTINGS = new RechargeSettings(1, 5000, 5, EXPIRY, FIRST_CHECK,
            Duration.ofMinutes(30), 1_000, "coinop 余额充值");

    @Autowired
    private RechargeOrderPort rechargeOrderPort;

    @Autowired
    private AccountBalancePort accountBalancePort;

    @Autowired
    private LedgerPort ledgerPort;

    @Autowired
    private LoadUserPort loadUserPort;

    @Autowired
    private TransactionPort transactionPort;

    @Autowired
    private JdbcTemplate jdbc;

    private final InMemoryWechatPay wechatPay = new InMemoryWechatPay();
    private LocalDateTime now = LocalDateTime.of(2026, 11, 2, 9, 0, 0);
    private final ClockPort clock = () -> now;
    private CreateRechargeService create;
    private ReceivePaymentNotificationService notifications;
    private ReconcileRechargesService reconciliation;
    private User user;

    @BeforeEach
    void useCases() {
        CreditPaidRechargeService credit = new CreditPaidRechargeService(rechargeOrderPort, accountBalancePort,
                transactionPort);
        create = new CreateRechargeService(loadUserPort, rechargeOrderPort, wechatPay, transactionPort, clock,
                new OutTradeNos(), SETTINGS);
        notifications = new ReceivePaymentNotificationService(wechatPay, credit);
        reconciliation = new ReconcileRechargesService(rechargeOrderPort, wechatPay, credit, transactionPort, clock,
                SETTINGS);
        user = fixtures.user();
    }

    @Test
    void a_recharge_is_created_waiting_for_payment_with_its_expiry_and_wechat_pay_knows_it() {
        RechargeCreated created = create.create(new CreateRechargeCommand(user.id(), 50));

        RechargeOrder order = created.order();
        assertThat(order.amount()).isEqualTo(Money.ofYuan(50));
        assertThat(order.status()).isEqualTo(RechargeStatus.CREATED);
        assertThat(order.expireTime()).isEqualTo(now.plus(EXPIRY));
        assertThat(order.outTradeNo().value()).matches("R20261102090000[0-9]{10}");
        assertThat(rechargeOrderPort.findByOutTradeNo(order.outTradeNo())).contains(order);
        assertThat(wechatPay.stateOf(order.outTradeNo())).map(PaymentState::state).contains(TradeState.NOTPAY);
        assertThat(created.pay().packageValue()).isEqualTo("prepay_id=wx" + order.outTradeNo().value());
    }

    @Test
    void ten_identical_notifications_in_a_row_credit_once_and_each_is_answered_as_done() {
        RechargeOrder order = create.create(new CreateRechargeCommand(user.id(), 50)).order();
        SignedNotification notification = wechatPay.pay(order.outTradeNo(), order.amount(), now.plusMinutes(1));

        List<CreditOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            outcomes.add(notifications.receive(notification).credit());
        }

        assertThat(outcomes).containsExactly(CreditOutcome.CREDITED, CreditOutcome.ALREADY_CREDITED,
                CreditOutcome.ALREADY_CREDITED, CreditOutcome.ALREADY_CREDITED, CreditOutcome.ALREADY_CREDITED,
                CreditOutcome.ALREADY_CREDITED, CreditOutcome.ALREADY_CREDITED, CreditOutcome.ALREADY_CREDITED,
                CreditOutcome.ALREADY_CREDITED, CreditOutcome.ALREADY_CREDITED);
        assertCreditedOnce(order);
    }

    @Test
    void ten_identical_notifications_at_once_credit_once_and_each_is_answered_as_done() {
        RechargeOrder order = create.create(new CreateRechargeCommand(user.id(), 50)).order();
        SignedNotification notification = wechatPay.pay(order.outTradeNo(), order.amount(), now.plusMinutes(1));

        List<Outcome<NotificationOutcome>> outcomes = Concurrently.run(10, () -> notifications.receive(notification));

        assertThat(outcomes).noneMatch(Outcome::failed);
        assertThat(outcomes).extracting(outcome -> outcome.value().credit())
                .containsOnlyOnce(CreditOutcome.CREDITED)
                .containsOnly(CreditOutcome.CREDITED, CreditOutcome.ALREADY_CREDITED);
        assertCreditedOnce(order);
    }

    @Test
    void notifications_racing_the_reconciliation_job_credit_each_order_once() {
        List<RechargeOrder> orders = new ArrayList<>();
        List<SignedNotification> paid = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RechargeOrder order = create.create(new CreateRechargeCommand(user.id(), 10 + i)).order();
            orders.add(order);
            paid.add(wechatPay.pay(order.outTradeNo(), order.amount(), now.plusMinutes(1)));
        }
        now = now.plus(FIRST_CHECK);
        List<Callable<Object>> racers = new ArrayList<>();
        racers.add(reconciliation::reconcileDue);
        racers.add(reconciliation::reconcileDue);
        paid.forEach(notification -> racers.add(() -> notifications.receive(notification)));

        List<Outcome<Object>> outcomes = Concurrently.run(racers.size(), racers::get);

        assertThat(outcomes).noneMatch(Outcome::failed);
        orders.forEach(this::assertCreditedOnce);
        assertThat(balance()).isEqualTo(Money.ofYuan(10 + 11 + 12 + 13 + 14));
    }

    @Test
    void a_payment_after_the_order_was_closed_is_credited_once_by_its_notification() {
        RechargeOrder order = create.create(new CreateRechargeCommand(user.id(), 50)).order();
        now = order.expireTime();
        ReconciliationReport closing = reconciliation.reconcileDue();
        assertThat(closing.closed()).contains(order.outTradeNo());
        assertThat(status(order)).isEqualTo(RechargeStatus.CLOSED);

        // the payer confirmed in WeChat just as the order expired; WeChat Pay took the money
        SignedNotification late = InMemoryWechatPay.notificationOf(new PaymentState(order.outTradeNo(),
                TradeState.SUCCESS, new TransactionId("4200LATE" + order.id().value()), order.amount(), now));

        assertThat(notifications.receive(late).credit()).isEqualTo(CreditOutcome.CREDITED_AFTER_CLOSE);
        assertThat(notifications.receive(late).credit()).isEqualTo(CreditOutcome.ALREADY_CREDITED);
        assertCreditedOnce(order);
    }

    @Test
    void closing_an_expired_order_that_was_paid_meanwhile_credits_it_instead() {
        RechargeOrder order = create.create(new CreateRechargeCommand(user.id(), 50)).order();
        wechatPay.pay(order.outTradeNo(), order.amount(), order.expireTime().minusSeconds(1));
        // the query of the due check still saw it unpaid; the close then meets the payment
        now = order.expireTime();

        ReconciliationReport report = reconciliation.reconcileDue();

        assertThat(report.credited()).contains(order.outTradeNo());
        assertThat(report.closed()).doesNotContain(order.outTradeNo());
        assertCreditedOnce(order);
    }

    @Test
    void an_order_closed_here_while_wechat_pay_was_down_is_credited_by_a_later_query_when_it_was_paid() {
        wechatPay.takeDown();
        assertThatThrownBy(() -> create.create(new CreateRechargeCommand(user.id(), 50)))
                .isInstanceOf(DependencyUnavailableException.class);
        RechargeOrder closed = openOrders().isEmpty() ? lastOrder() : null;
        assertThat(closed).as("the order is closed here, not left open").isNotNull();
        assertThat(closed.status()).isEqualTo(RechargeStatus.CLOSED);
        wechatPay.bringUp();
        // WeChat Pay had taken the prepay before failing, and the payer somehow paid
        wechatPay.pay(closed.outTradeNo(), closed.amount(), now.plusSeconds(30));
        now = now.plus(FIRST_CHECK);

        ReconciliationReport report = reconciliation.reconcileDue();

        assertThat(report.creditedAfterClose()).contains(closed.outTradeNo());
        assertCreditedOnce(closed);
    }

    @Test
    void a_forged_a_wrong_amount_and_an_unknown_order_notification_credit_nothing_and_change_no_order() {
        RechargeOrder order = create.create(new CreateRechargeCommand(user.id(), 50)).order();
        SignedNotification genuine = wechatPay.pay(order.outTradeNo(), order.amount(), now.plusMinutes(1));
        SignedNotification wrongAmount = InMemoryWechatPay.notificationOf(new PaymentState(order.outTradeNo(),
                TradeState.SUCCESS, new TransactionId("4200WRONG" + order.id().value()), Money.ofFen(1), now));
        SignedNotification unknown = InMemoryWechatPay.notificationOf(new PaymentState(new OutTradeNo("R00000000000000NOPE"),
                TradeState.SUCCESS, new TransactionId("4200NOPE" + order.id().value()), order.amount(), now));

        assertThatThrownBy(() -> notifications.receive(InMemoryWechatPay.forged(genuine)))
                .isInstanceOf(ForgedNotificationException.class);
        assertThatThrownBy(() -> notifications.receive(wrongAmount)).isInstanceOf(PaidAmountMismatchException.class);
        assertThatThrownBy(() -> notifications.receive(unknown)).isInstanceOf(RechargeOrderNotFoundException.class);

        assertThat(rechargeOrderPort.findByOutTradeNo(order.outTradeNo())).contains(order);
        assertThat(balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_notification_of_no_payment_credits_nothing() {
        RechargeOrder order = create.create(new CreateRechargeCommand(user.id(), 50)).order();
        SignedNotification notPaid = InMemoryWechatPay.notificationOf(PaymentState.unpaid(order.outTradeNo(), TradeState.PAYERROR));

        NotificationOutcome outcome = notifications.receive(notPaid);

        assertThat(outcome.credit()).isNull();
        assertThat(outcome.state().state()).isEqualTo(TradeState.PAYERROR);
        assertThat(rechargeOrderPort.findByOutTradeNo(order.outTradeNo())).contains(order);
        assertThat(balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void an_order_refunded_at_the_merchant_platform_before_it_was_credited_is_closed_not_credited() {
        RechargeOrder order = create.create(new CreateRechargeCommand(user.id(), 50)).order();
        wechatPay.pay(order.outTradeNo(), order.amount(), now.plusMinutes(1));
        wechatPay.refund(order.outTradeNo());
        now = now.plus(FIRST_CHECK);

        ReconciliationReport report = reconciliation.reconcileDue();

        assertThat(report.closed()).contains(order.outTradeNo());
        assertThat(status(order)).isEqualTo(RechargeStatus.CLOSED);
        assertThat(balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void at_most_five_orders_wait_for_payment_even_when_ten_are_asked_for_at_once() {
        List<Outcome<RechargeCreated>> outcomes = Concurrently.run(10,
                () -> create.create(new CreateRechargeCommand(user.id(), 20)));

        assertThat(outcomes).filteredOn(outcome -> !outcome.failed()).hasSize(5);
        assertThat(outcomes).filteredOn(Outcome::failed).hasSize(5)
                .allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOf(TooManyOpenRechargesException.class));
        assertThat(openOrders()).hasSize(5);
        assertThatThrownBy(() -> create.create(new CreateRechargeCommand(user.id(), 20)))
                .isInstanceOfSatisfying(TooManyOpenRechargesException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(EXPIRY));
    }

    @Test
    void amounts_outside_the_range_and_disabled_users_create_nothing() {
        User disabled = fixtures.user(TestUsers.disabledUser());

        assertThatThrownBy(() -> create.create(new CreateRechargeCommand(user.id(), 5001)))
                .hasMessageContaining("1 到 5000");
        assertThatThrownBy(() -> create.create(new CreateRechargeCommand(disabled.id(), 50)))
                .hasMessageContaining("禁用");
        assertThat(rechargeOrderPort.openOf(user.id()).count()).isZero();
        assertThat(rechargeOrderPort.openOf(disabled.id()).count()).isZero();
    }

    @Test
    void reconcilers_running_at_once_ask_wechat_pay_about_each_due_order_once() {
        List<RechargeOrder> orders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            orders.add(create.create(new CreateRechargeCommand(user.id(), 10)).order());
        }
        now = now.plus(FIRST_CHECK);

        List<Outcome<ReconciliationReport>> rounds = Concurrently.run(4, reconciliation::reconcileDue);

        assertThat(rounds).noneMatch(Outcome::failed);
        assertThat(orders).allSatisfy(order ->
                assertThat(wechatPay.queriesOf(order.outTradeNo())).as(order.outTradeNo().value()).isEqualTo(1));
        // the next check of each is the first wait later again (then the wait doubles), not before
        now = now.plus(FIRST_CHECK).minusSeconds(1);
        reconciliation.reconcileDue();
        assertThat(orders).allSatisfy(order -> assertThat(wechatPay.queriesOf(order.outTradeNo())).isEqualTo(1));
        now = now.plusSeconds(1);
        reconciliation.reconcileDue();
        assertThat(orders).allSatisfy(order -> assertThat(wechatPay.queriesOf(order.outTradeNo())).isEqualTo(2));
        assertThat(openOrders()).hasSize(5);
    }

    private void assertCreditedOnce(RechargeOrder order) {
        RechargeOrder stored = rechargeOrderPort.findByOutTradeNo(order.outTradeNo()).orElseThrow();
        assertThat(stored.status()).as(order.outTradeNo().value()).isEqualTo(RechargeStatus.PAID);
        assertThat(ledgerPort.findByReference(order.ledgerReference())).as("the ledger entry of " + order.outTradeNo().value())
                .hasValueSatisfying(entry -> assertThat(entry.amount()).isEqualTo(order.amount()));
        Account account = loadUserPort.findById(order.userId()).orElseThrow().account();
        assertThat(ledgerPort.sumFen(order.userId())).isEqualTo(account.balance().fen());
    }

    private Money balance() {
        return loadUserPort.findById(user.id()).orElseThrow().account().balance();
    }

    private RechargeStatus status(RechargeOrder order) {
        return rechargeOrderPort.findByOutTradeNo(order.outTradeNo()).orElseThrow().status();
    }

    private List<RechargeOrder> openOrders() {
        return jdbcOrders("CREATED");
    }

    private RechargeOrder lastOrder() {
        List<RechargeOrder> all = jdbcOrders(null);
        return all.get(all.size() - 1);
    }

    private List<RechargeOrder> jdbcOrders(String status) {
        return jdbc.queryForList("SELECT out_trade_no FROM recharge_orders WHERE user_id = ?"
                        + (status == null ? "" : " AND status = '" + status + "'") + " ORDER BY id", String.class,
                        user.id().value()).stream()
                .map(number -> rechargeOrderPort.findByOutTradeNo(new OutTradeNo(number)).orElseThrow())
                .toList();
    }
}
