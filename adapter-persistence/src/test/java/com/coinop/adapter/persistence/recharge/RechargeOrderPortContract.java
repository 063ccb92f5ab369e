package com.coinop.adapter.persistence.recharge;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
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

        RechargeOrder stored = rechargeOrderPort().insert(order);

        assertThat(stored.id()).isNotNull();
        assertThat(stored).usingRecursiveComparison().ignoringFields("id").isEqualTo(order);
        assertThat(rechargeOrderPort().findByOutTradeNo(order.outTradeNo())).contains(stored);
    }

    @Test
    void a_paid_order_round_trips_with_transaction_and_pay_time() {
        RechargeOrder stored = rechargeOrderPort().insert(TestRecharges.createdOrder(user.id()).build());
        RechargeOrder paid = stored.markPaid(TestRecharges.nextTransactionId(), stored.amount(), PAID_AT);

        assertThat(rechargeOrderPort().markPaid(paid)).isTrue();

        assertThat(rechargeOrderPort().findByOutTradeNo(stored.outTradeNo())).contains(paid);
    }

    @Test
    void mark_paid_wins_only_once() {
        RechargeOrder stored = rechargeOrderPort().insert(TestRecharges.createdOrder(user.id()).build());
        RechargeOrder first = stored.markPaid(TestRecharges.nextTransactionId(), stored.amount(), PAID_AT);
        RechargeOrder second = stored.markPaid(TestRecharges.nextTransactionId(), stored.amount(), PAID_AT.plusMinutes(1));

        assertThat(rechargeOrderPort().markPaid(first)).isTrue();
        assertThat(rechargeOrderPort().markPaid(first)).isFalse();
        assertThat(rechargeOrderPort().markPaid(second)).isFalse();

        assertThat(rechargeOrderPort().findByOutTradeNo(stored.outTradeNo())).contains(first);
    }

    @Test
    void mark_paid_for_another_amount_than_stored_changes_nothing() {
        RechargeOrder stored = rechargeOrderPort().insert(TestRecharges.createdOrder(user.id()).of(Money.ofFen(1_000)).build());
        RechargeOrder claimedOtherAmount = new RechargeOrder(stored.id(), stored.userId(), stored.outTradeNo(),
                Money.ofFen(1), RechargeStatus.PAID, TestRecharges.nextTransactionId(), PAID_AT, stored.ctime(), PAID_AT);

        assertThat(rechargeOrderPort().markPaid(claimedOtherAmount)).isFalse();

        assertThat(rechargeOrderPort().findByOutTradeNo(stored.outTradeNo())).contains(stored);
    }

    @Test
    void a_closed_order_cannot_be_paid() {
        RechargeOrder stored = rechargeOrderPort().insert(TestRecharges.createdOrder(user.id()).build());
        RechargeOrder closed = stored.close(PAID_AT);

        assertThat(rechargeOrderPort().markClosed(closed)).isTrue();
        assertThat(rechargeOrderPort().markPaid(stored.markPaid(TestRecharges.nextTransactionId(), stored.amount(), PAID_AT)))
                .isFalse();

        assertThat(rechargeOrderPort().findByOutTradeNo(stored.outTradeNo())).contains(closed);
    }

    @Test
    void mark_closed_wins_only_once_and_never_on_a_paid_order() {
        RechargeOrder open = rechargeOrderPort().insert(TestRecharges.createdOrder(user.id()).build());
        RechargeOrder paidOne = rechargeOrderPort().insert(TestRecharges.createdOrder(user.id()).build());
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
        RechargeOrder first = rechargeOrderPort().insert(TestRecharges.createdOrder(user.id()).of(Money.ofFen(100)).build());
        RechargeOrder same = TestRecharges.createdOrder(user.id()).withOutTradeNo(first.outTradeNo().value())
                .of(Money.ofFen(999)).build();

        assertThatThrownBy(() -> rechargeOrderPort().insert(same))
                .isInstanceOf(IllegalStateTransitionException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("DUPLICATE_OUT_TRADE_NO");
        assertThat(rechargeOrderPort().findByOutTradeNo(first.outTradeNo())).contains(first);
    }

    @Test
    void one_wechat_transaction_cannot_pay_two_orders() {
        RechargeOrder a = rechargeOrderPort().insert(TestRecharges.createdOrder(user.id()).build());
        RechargeOrder b = rechargeOrderPort().insert(TestRecharges.createdOrder(user.id()).build());
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
        RechargeOrder upper = rechargeOrderPort().insert(TestRecharges.createdOrder(user.id()).withOutTradeNo(number).build());
        RechargeOrder lower = rechargeOrderPort().insert(
                TestRecharges.createdOrder(user.id()).withOutTradeNo(number.toLowerCase()).build());

        assertThat(rechargeOrderPort().findByOutTradeNo(new OutTradeNo(number))).contains(upper);
        assertThat(rechargeOrderPort().findByOutTradeNo(new OutTradeNo(number.toLowerCase()))).contains(lower);
    }

    @Test
    void an_unknown_order_is_not_found() {
        assertThat(rechargeOrderPort().findByOutTradeNo(new OutTradeNo("NOPE" + System.nanoTime()))).isEmpty();
    }
}
