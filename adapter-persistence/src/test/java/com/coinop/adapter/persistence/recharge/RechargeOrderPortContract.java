package com.coinop.adapter.persistence.recharge;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.recharge.port.out.DueCheck;
import com.coinop.application.recharge.port.out.OpenRecharges;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.RechargeStatus;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.shared.DomainException;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.testing.TestRecharges;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link RechargeOrderPort} does. */
public abstract class RechargeOrderPortContract extends PersistenceIntegrationTest {

    private static final LocalDateTime PAID_AT = LocalDateTime.of(2026, 4, 1, 12, 30, 15);

    protected abstract RechargeOrderPort rechargeOrderPort();

    private User user;

    @BeforeEach
    void aUser() {
        user = fixtures.user();
    }

    @Test
    void insert_assigns_an_id_and_the_order_round_trips() {
        RechargeOrder order = TestRecharges.createdOrder(user.id()).of(Money.ofFen(12_345)).build();

        RechargeOrder stored = insert(order);

        assertThat(stored.id()).isNotNull();
        assertThat(stored).usingRecursiveComparison().ignoringFields("id").isEqualTo(order);
        assertThat(rechargeOrderPort().findByOutTradeNo(order.outTradeNo())).contains(stored);
    }

    @Test
    void a_paid_order_round_trips_with_transaction_and_pay_time() {
        RechargeOrder stored = insert(TestRecharges.createdOrder(user.id()).build());
        RechargeOrder paid = stored.markPaid(TestRecharges.nextTransactionId(), stored.amount(), PAID_AT);

        assertThat(rechargeOrderPort().markPaid(paid)).isTrue();

        assertThat(rechargeOrderPort().findByOutTradeNo(stored.outTradeNo())).contains(paid);
    }

    @Test
    void mark_paid_wins_only_once() {
        RechargeOrder stored = insert(TestRecharges.createdOrder(user.id()).build());
        RechargeOrder first = stored.markPaid(TestRecharges.nextTransactionId(), stored.amount(), PAID_AT);
        RechargeOrder second = stored.markPaid(TestRecharges.nextTransactionId(), stored.amount(), PAID_AT.plusMinutes(1));

        assertThat(rechargeOrderPort().markPaid(first)).isTrue();
        assertThat(rechargeOrderPort().markPaid(first)).isFalse();
        assertThat(rechargeOrderPort().markPaid(second)).isFalse();

        assertThat(rechargeOrderPort().findByOutTradeNo(stored.outTradeNo())).contains(first);
    }

    @Test
    void mark_paid_for_another_amount_than_stored_changes_nothing() {
        RechargeOrder stored = insert(TestRecharges.createdOrder(user.id()).of(Money.ofFen(1_000)).build());
        RechargeOrder claimedOtherAmount = new RechargeOrder(stored.id(), stored.userId(), stored.outTradeNo(),
                Money.ofFen(1), RechargeStatus.PAID, TestRecharges.nextTransactionId(), PAID_AT, stored.expireTime(),
                stored.ctime(), PAID_AT);

        assertThat(rechargeOrderPort().markPaid(claimedOtherAmount)).isFalse();

        assertThat(rechargeOrderPort().findByOutTradeNo(stored.outTradeNo())).contains(stored);
    }

    @Test
    void a_closed_order_can_still_be_paid_once_since_the_money_was_received() {
        RechargeOrder stored = insert(TestRecharges.createdOrder(user.id()).build());
        RechargeOrder closed = stored.close(PAID_AT);
        assertThat(rechargeOrderPort().markClosed(closed)).isTrue();
        RechargeOrder paidLate = closed.markPaid(TestRecharges.nextTransactionId(), stored.amount(), PAID_AT.plusSeconds(5));

        assertThat(rechargeOrderPort().markPaid(paidLate)).isTrue();
        assertThat(rechargeOrderPort().markPaid(paidLate)).isFalse();

        assertThat(rechargeOrderPort().findByOutTradeNo(stored.outTradeNo())).contains(paidLate);
    }

    @Test
    void mark_closed_wins_only_once_and_never_on_a_paid_order() {
        RechargeOrder open = insert(TestRecharges.createdOrder(user.id()).build());
        RechargeOrder paidOne = insert(TestRecharges.createdOrder(user.id()).build());
        RechargeOrder paid = paidOne.markPaid(TestRecharges.nextTransactionId(), paidOne.amount(), PAID_AT);
        rechargeOrderPort().markPaid(paid);

        assertThat(rechargeOrderPort().markClosed(open.close(PAID_AT))).isTrue();
        assertThat(rechargeOrderPort().markClosed(open.close(PAID_AT.plusHours(1)))).isFalse();
        assertThat(rechargeOrderPort().markClosed(paidOne.close(PAID_AT))).isFalse();

        assertThat(rechargeOrderPort().findByOutTradeNo(open.outTradeNo())).contains(open.close(PAID_AT));
        assertThat(rechargeOrderPort().findByOutTradeNo(paidOne.outTradeNo())).contains(paid);
    }

    @Test
    void a_second_order_with_the_same_out_trade_no_is_refused() {
        RechargeOrder first = insert(TestRecharges.createdOrder(user.id()).of(Money.ofFen(100)).build());
        RechargeOrder same = TestRecharges.createdOrder(user.id()).withOutTradeNo(first.outTradeNo().value())
                .of(Money.ofFen(999)).build();

        assertThatThrownBy(() -> insert(same))
                .isInstanceOf(IllegalStateTransitionException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("DUPLICATE_OUT_TRADE_NO");
        assertThat(rechargeOrderPort().findByOutTradeNo(first.outTradeNo())).contains(first);
    }

    @Test
    void one_wechat_transaction_cannot_pay_two_orders() {
        RechargeOrder a = insert(TestRecharges.createdOrder(user.id()).build());
        RechargeOrder b = insert(TestRecharges.createdOrder(user.id()).build());
        TransactionId transaction = TestRecharges.nextTransactionId();
        assertThat(rechargeOrderPort().markPaid(a.markPaid(transaction, a.amount(), PAID_AT))).isTrue();

        assertThatThrownBy(() -> rechargeOrderPort().markPaid(b.markPaid(transaction, b.amount(), PAID_AT)))
                .isInstanceOf(IllegalStateTransitionException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("DUPLICATE_TRANSACTION_ID");
        assertThat(rechargeOrderPort().findByOutTradeNo(b.outTradeNo())).contains(b);
    }

    @Test
    void out_trade_numbers_differing_only_in_case_are_different_orders() {
        String number = "AbCdEf" + System.nanoTime();
        RechargeOrder upper = insert(TestRecharges.createdOrder(user.id()).withOutTradeNo(number).build());
        RechargeOrder lower = insert(
                TestRecharges.createdOrder(user.id()).withOutTradeNo(number.toLowerCase()).build());

        assertThat(rechargeOrderPort().findByOutTradeNo(new OutTradeNo(number))).contains(upper);
        assertThat(rechargeOrderPort().findByOutTradeNo(new OutTradeNo(number.toLowerCase()))).contains(lower);
    }

    @Test
    void an_unknown_order_is_not_found() {
        assertThat(rechargeOrderPort().findByOutTradeNo(new OutTradeNo("NOPE" + System.nanoTime()))).isEmpty();
    }

    @Test
    void open_orders_are_the_users_orders_waiting_for_payment_with_the_first_expiry() {
        User someone = fixtures.user();
        assertThat(rechargeOrderPort().openOf(someone.id())).isEqualTo(OpenRecharges.NONE);
        RechargeOrder early = insert(TestRecharges.createdOrder(someone.id()).createdAt(PAID_AT).build());
        insert(TestRecharges.createdOrder(someone.id()).createdAt(PAID_AT.plusMinutes(10)).build());
        RechargeOrder closed = insert(TestRecharges.createdOrder(someone.id()).createdAt(PAID_AT.minusHours(1)).build());
        rechargeOrderPort().markClosed(closed.close(PAID_AT));
        RechargeOrder paid = insert(TestRecharges.createdOrder(someone.id()).createdAt(PAID_AT.minusHours(1)).build());
        rechargeOrderPort().markPaid(paid.markPaid(TestRecharges.nextTransactionId(), paid.amount(), PAID_AT));
        insert(TestRecharges.createdOrder(fixtures.user().id()).createdAt(PAID_AT.minusHours(1)).build());

        assertThat(rechargeOrderPort().openOf(someone.id())).isEqualTo(new OpenRecharges(2, early.expireTime()));
    }

    @Test
    void due_checks_are_the_waiting_orders_whose_check_time_has_come_longest_due_first() {
        LocalDateTime created = LocalDateTime.of(1999, 3, 4, 10, 0, 0);
        RechargeOrder later = insert(TestRecharges.createdOrder(user.id()).createdAt(created).build(), created.plusMinutes(7));
        RechargeOrder sooner = insert(TestRecharges.createdOrder(user.id()).createdAt(created).build(), created.plusMinutes(5));
        insert(TestRecharges.createdOrder(user.id()).createdAt(created).build(), created.plusMinutes(30));
        RechargeOrder paid = insert(TestRecharges.createdOrder(user.id()).createdAt(created).build(), created.plusMinutes(1));
        rechargeOrderPort().markPaid(paid.markPaid(TestRecharges.nextTransactionId(), paid.amount(), created.plusMinutes(1)));

        List<DueCheck> due = rechargeOrderPort().findDueChecks(created.plusMinutes(10), 1_000);

        assertThat(due).filteredOn(check -> check.order().userId().equals(user.id())).containsExactly(
                new DueCheck(sooner, 0, created.plusMinutes(5)), new DueCheck(later, 0, created.plusMinutes(7)));
        assertThat(due).extracting(DueCheck::nextCheck).isSorted();
        assertThat(rechargeOrderPort().findDueChecks(created.plusMinutes(10), 1)).containsExactly(due.get(0));
    }

    @Test
    void a_due_check_is_claimed_once_and_the_next_one_is_put_later() {
        LocalDateTime created = LocalDateTime.of(1999, 5, 6, 10, 0, 0);
        insert(TestRecharges.createdOrder(user.id()).createdAt(created).build(), created.plusMinutes(5));
        DueCheck due = mine(rechargeOrderPort().findDueChecks(created.plusMinutes(6), 1_000)).get(0);

        assertThat(rechargeOrderPort().claimCheck(due, created.plusMinutes(15))).isTrue();
        assertThat(rechargeOrderPort().claimCheck(due, created.plusMinutes(15))).as("taken already").isFalse();

        assertThat(mine(rechargeOrderPort().findDueChecks(created.plusMinutes(14), 1_000))).isEmpty();
        assertThat(mine(rechargeOrderPort().findDueChecks(created.plusMinutes(15), 1_000)))
                .containsExactly(new DueCheck(due.order(), 1, created.plusMinutes(15)));
    }

    @Test
    void a_paid_or_closed_order_is_never_due_nor_claimed() {
        LocalDateTime created = LocalDateTime.of(1999, 7, 8, 10, 0, 0);
        RechargeOrder toPay = insert(TestRecharges.createdOrder(user.id()).createdAt(created).build(), created.plusMinutes(5));
        RechargeOrder toClose = insert(TestRecharges.createdOrder(user.id()).createdAt(created).build(), created.plusMinutes(5));
        List<DueCheck> dueBefore = mine(rechargeOrderPort().findDueChecks(created.plusMinutes(6), 1_000));
        rechargeOrderPort().markPaid(toPay.markPaid(TestRecharges.nextTransactionId(), toPay.amount(), created.plusMinutes(6)));
        rechargeOrderPort().markClosed(toClose.close(created.plusMinutes(6)));

        assertThat(mine(rechargeOrderPort().findDueChecks(created.plusYears(1), 1_000))).isEmpty();
        assertThat(dueBefore).hasSize(2).allSatisfy(due ->
                assertThat(rechargeOrderPort().claimCheck(due, created.plusMinutes(20))).isFalse());
    }

    @Test
    void an_order_closed_here_while_wechat_pay_was_down_is_due_at_its_recheck_until_confirmed() {
        LocalDateTime created = LocalDateTime.of(1999, 9, 10, 10, 0, 0);
        RechargeOrder order = insert(TestRecharges.createdOrder(user.id()).createdAt(created).build(), created.plusMinutes(5));
        RechargeOrder closed = order.close(created.plusMinutes(1));

        assertThat(rechargeOrderPort().markClosedUnconfirmed(closed, created.plusMinutes(6))).isTrue();

        assertThat(rechargeOrderPort().findByOutTradeNo(order.outTradeNo())).contains(closed);
        assertThat(mine(rechargeOrderPort().findDueChecks(created.plusMinutes(5), 1_000))).isEmpty();
        assertThat(mine(rechargeOrderPort().findDueChecks(created.plusMinutes(6), 1_000)))
                .containsExactly(new DueCheck(closed, 0, created.plusMinutes(6)));
        rechargeOrderPort().confirmClosed(order.outTradeNo());
        assertThat(mine(rechargeOrderPort().findDueChecks(created.plusYears(1), 1_000))).isEmpty();
    }

    /** The due checks of this test's user: other tests' orders wait in the same table. */
    private List<DueCheck> mine(List<DueCheck> due) {
        return due.stream().filter(check -> check.order().userId().equals(user.id())).toList();
    }

    private RechargeOrder insert(RechargeOrder order) {
        return insert(order, order.ctime().plusMinutes(5));
    }

    private RechargeOrder insert(RechargeOrder order, LocalDateTime firstCheck) {
        return rechargeOrderPort().insert(order, firstCheck);
    }
}
