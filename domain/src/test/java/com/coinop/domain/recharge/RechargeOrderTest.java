package com.coinop.domain.recharge;

import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RechargeOrderTest {

    private static final UserId USER = new UserId(7);
    private static final OutTradeNo OUT_TRADE_NO = new OutTradeNo("R20260102000001");
    private static final Money AMOUNT = Money.ofYuan(50);
    private static final LocalDateTime CREATED_AT = LocalDateTime.of(2026, 1, 2, 3, 4, 5);
    private static final LocalDateTime PAID_AT = CREATED_AT.plusMinutes(2);
    private static final TransactionId TRANSACTION = new TransactionId("4200001234202601020000000001");
    private static final TransactionId OTHER_TRANSACTION = new TransactionId("4200001234202601020000000002");
    private static final Duration EXPIRY = Duration.ofHours(2);
    private static final LocalDateTime EXPIRES_AT = CREATED_AT.plus(EXPIRY);

    private static RechargeOrder created() {
        return RechargeOrder.create(USER, OUT_TRADE_NO, AMOUNT, CREATED_AT, EXPIRY);
    }

    private static RechargeOrder stored() {
        return new RechargeOrder(new RechargeOrderId(11), USER, OUT_TRADE_NO, AMOUNT, RechargeStatus.CREATED,
                null, null, EXPIRES_AT, CREATED_AT, CREATED_AT);
    }

    @Test
    void a_new_order_waits_for_payment() {
        RechargeOrder order = created();

        assertThat(order.id()).isNull();
        assertThat(order.status()).isEqualTo(RechargeStatus.CREATED);
        assertThat(order.userId()).isEqualTo(USER);
        assertThat(order.outTradeNo()).isEqualTo(OUT_TRADE_NO);
        assertThat(order.amount()).isEqualTo(AMOUNT);
        assertThat(order.transactionId()).isNull();
        assertThat(order.payTime()).isNull();
        assertThat(order.expireTime()).isEqualTo(EXPIRES_AT);
        assertThat(order.ctime()).isEqualTo(CREATED_AT);
        assertThat(order.utime()).isEqualTo(CREATED_AT);
    }

    @Test
    void an_order_of_zero_is_refused() {
        assertThatThrownBy(() -> RechargeOrder.create(USER, OUT_TRADE_NO, Money.ZERO, CREATED_AT, EXPIRY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_AMOUNT"));
    }

    @Test
    void an_order_of_one_fen_is_accepted() {
        assertThat(RechargeOrder.create(USER, OUT_TRADE_NO, Money.ofFen(1), CREATED_AT, EXPIRY).amount()).isEqualTo(Money.ofFen(1));
    }

    @Test
    void paying_the_ordered_amount_makes_the_order_paid_with_the_transaction_and_pay_time() {
        RechargeOrder order = stored();

        RechargeOrder paid = order.markPaid(TRANSACTION, Money.ofFen(5000), PAID_AT);

        assertThat(paid.status()).isEqualTo(RechargeStatus.PAID);
        assertThat(paid.transactionId()).isEqualTo(TRANSACTION);
        assertThat(paid.payTime()).isEqualTo(PAID_AT);
        assertThat(paid.utime()).isEqualTo(PAID_AT);
        assertThat(paid.id()).isEqualTo(new RechargeOrderId(11));
        assertThat(paid.userId()).isEqualTo(USER);
        assertThat(paid.outTradeNo()).isEqualTo(OUT_TRADE_NO);
        assertThat(paid.amount()).isEqualTo(AMOUNT);
        assertThat(paid.ctime()).isEqualTo(CREATED_AT);
        assertThat(paid.expireTime()).isEqualTo(EXPIRES_AT);
        assertThat(order.status()).as("the original is a value and stays CREATED").isEqualTo(RechargeStatus.CREATED);
    }

    @Test
    void paying_one_fen_more_or_less_than_ordered_is_refused() {
        RechargeOrder order = created();

        assertThatThrownBy(() -> order.markPaid(TRANSACTION, Money.ofFen(4999), PAID_AT))
                .isInstanceOfSatisfying(PaidAmountMismatchException.class, e -> {
                    assertThat(e.code()).isEqualTo("PAID_AMOUNT_MISMATCH");
                    assertThat(e.getMessage()).contains(OUT_TRADE_NO.value()).contains("50.00").contains("49.99");
                });
        assertThatThrownBy(() -> order.markPaid(TRANSACTION, Money.ofFen(5001), PAID_AT))
                .isInstanceOf(PaidAmountMismatchException.class);
        assertThatThrownBy(() -> order.markPaid(TRANSACTION, Money.ZERO, PAID_AT))
                .isInstanceOf(PaidAmountMismatchException.class);
    }

    @Test
    void paying_a_paid_order_again_is_refused_whatever_the_transaction() {
        RechargeOrder paid = created().markPaid(TRANSACTION, AMOUNT, PAID_AT);

        assertThatThrownBy(() -> paid.markPaid(TRANSACTION, AMOUNT, PAID_AT))
                .isInstanceOfSatisfying(IllegalStateTransitionException.class,
                        e -> assertThat(e.code()).isEqualTo("RECHARGE_ALREADY_PAID"));
        assertThatThrownBy(() -> paid.markPaid(OTHER_TRANSACTION, AMOUNT, PAID_AT.plusMinutes(1)))
                .isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void a_payment_for_a_closed_order_still_makes_it_paid_since_the_money_was_received() {
        RechargeOrder closed = created().close(EXPIRES_AT);
        LocalDateTime paidLate = EXPIRES_AT.plusSeconds(3);

        RechargeOrder paid = closed.markPaid(TRANSACTION, AMOUNT, paidLate);

        assertThat(paid.status()).isEqualTo(RechargeStatus.PAID);
        assertThat(paid.transactionId()).isEqualTo(TRANSACTION);
        assertThat(paid.payTime()).isEqualTo(paidLate);
        assertThat(paid.isPaidBy(TRANSACTION)).isTrue();
    }

    @Test
    void a_late_payment_of_another_amount_is_refused_as_any_other() {
        RechargeOrder closed = created().close(EXPIRES_AT);

        assertThatThrownBy(() -> closed.markPaid(TRANSACTION, Money.ofFen(1), EXPIRES_AT))
                .isInstanceOf(PaidAmountMismatchException.class);
    }

    @Test
    void a_paid_order_is_not_paid_again_even_with_another_amount_the_state_comes_first() {
        RechargeOrder paid = created().markPaid(TRANSACTION, AMOUNT, PAID_AT);

        assertThatThrownBy(() -> paid.markPaid(OTHER_TRANSACTION, Money.ofFen(1), PAID_AT))
                .isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void an_order_expires_at_its_expire_time_not_before() {
        RechargeOrder order = created();

        assertThat(order.isExpiredAt(EXPIRES_AT.minusSeconds(1))).isFalse();
        assertThat(order.isExpiredAt(EXPIRES_AT)).isTrue();
        assertThat(order.isExpiredAt(EXPIRES_AT.plusDays(1))).isTrue();
    }

    @Test
    void an_order_without_a_positive_expiry_is_refused() {
        assertThatThrownBy(() -> RechargeOrder.create(USER, OUT_TRADE_NO, AMOUNT, CREATED_AT, Duration.ZERO))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RechargeOrder.create(USER, OUT_TRADE_NO, AMOUNT, CREATED_AT, Duration.ofMinutes(-1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RechargeOrder(null, USER, OUT_TRADE_NO, AMOUNT, RechargeStatus.CREATED, null, null,
                CREATED_AT, CREATED_AT, CREATED_AT)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void closing_a_waiting_order_makes_it_closed_without_payment() {
        RechargeOrder order = stored();
        LocalDateTime closedAt = CREATED_AT.plusMinutes(30);

        RechargeOrder closed = order.close(closedAt);

        assertThat(closed.status()).isEqualTo(RechargeStatus.CLOSED);
        assertThat(closed.transactionId()).isNull();
        assertThat(closed.payTime()).isNull();
        assertThat(closed.utime()).isEqualTo(closedAt);
        assertThat(closed.ctime()).isEqualTo(CREATED_AT);
        assertThat(closed.id()).isEqualTo(order.id());
        assertThat(closed.amount()).isEqualTo(AMOUNT);
    }

    @Test
    void closing_a_paid_order_is_refused() {
        RechargeOrder paid = created().markPaid(TRANSACTION, AMOUNT, PAID_AT);

        assertThatThrownBy(() -> paid.close(PAID_AT.plusMinutes(30)))
                .isInstanceOfSatisfying(IllegalStateTransitionException.class,
                        e -> assertThat(e.code()).isEqualTo("RECHARGE_NOT_CLOSABLE"));
    }

    @Test
    void closing_a_closed_order_is_refused() {
        RechargeOrder closed = created().close(PAID_AT);

        assertThatThrownBy(() -> closed.close(PAID_AT.plusMinutes(1))).isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void is_paid_by_recognises_only_the_transaction_that_paid_it() {
        RechargeOrder paid = created().markPaid(TRANSACTION, AMOUNT, PAID_AT);

        assertThat(paid.isPaidBy(TRANSACTION)).isTrue();
        assertThat(paid.isPaidBy(new TransactionId(TRANSACTION.value()))).isTrue();
        assertThat(paid.isPaidBy(OTHER_TRANSACTION)).isFalse();
        assertThat(paid.isPaidBy(null)).isFalse();
    }

    @Test
    void an_unpaid_order_is_paid_by_no_transaction() {
        assertThat(created().isPaidBy(TRANSACTION)).isFalse();
        assertThat(created().close(PAID_AT).isPaidBy(TRANSACTION)).isFalse();
    }

    @Test
    void a_paid_order_needs_a_transaction_and_a_pay_time() {
        assertThatThrownBy(() -> order(RechargeStatus.PAID, null, PAID_AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> order(RechargeStatus.PAID, TRANSACTION, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> order(RechargeStatus.PAID, null, null)).isInstanceOf(InvalidValueException.class);
        assertThat(order(RechargeStatus.PAID, TRANSACTION, PAID_AT).isPaidBy(TRANSACTION)).isTrue();
    }

    @Test
    void an_unpaid_order_has_neither_a_transaction_nor_a_pay_time() {
        for (RechargeStatus unpaid : new RechargeStatus[]{RechargeStatus.CREATED, RechargeStatus.CLOSED}) {
            assertThatThrownBy(() -> order(unpaid, TRANSACTION, PAID_AT)).as("%s with both", unpaid)
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> order(unpaid, TRANSACTION, null)).as("%s with a transaction", unpaid)
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> order(unpaid, null, PAID_AT)).as("%s with a pay time", unpaid)
                    .isInstanceOf(InvalidValueException.class);
            assertThat(order(unpaid, null, null).status()).isEqualTo(unpaid);
        }
    }

    @Test
    void an_incomplete_order_is_refused() {
        assertThatThrownBy(() -> new RechargeOrder(null, null, OUT_TRADE_NO, AMOUNT, RechargeStatus.CREATED, null, null,
                EXPIRES_AT, CREATED_AT, CREATED_AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RechargeOrder(null, USER, null, AMOUNT, RechargeStatus.CREATED, null, null,
                EXPIRES_AT, CREATED_AT, CREATED_AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RechargeOrder(null, USER, OUT_TRADE_NO, null, RechargeStatus.CREATED, null, null,
                EXPIRES_AT, CREATED_AT, CREATED_AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RechargeOrder(null, USER, OUT_TRADE_NO, AMOUNT, null, null, null,
                EXPIRES_AT, CREATED_AT, CREATED_AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RechargeOrder(null, USER, OUT_TRADE_NO, AMOUNT, RechargeStatus.CREATED, null, null,
                null, CREATED_AT, CREATED_AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RechargeOrder(null, USER, OUT_TRADE_NO, AMOUNT, RechargeStatus.CREATED, null, null,
                EXPIRES_AT, null, CREATED_AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RechargeOrder(null, USER, OUT_TRADE_NO, AMOUNT, RechargeStatus.CREATED, null, null,
                EXPIRES_AT, CREATED_AT, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_stored_order_of_zero_is_refused() {
        assertThatThrownBy(() -> new RechargeOrder(new RechargeOrderId(1), USER, OUT_TRADE_NO, Money.ZERO,
                RechargeStatus.PAID, TRANSACTION, PAID_AT, EXPIRES_AT, CREATED_AT, PAID_AT))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_order_is_credited_under_its_out_trade_no() {
        assertThat(created().ledgerReference()).isEqualTo(new LedgerReference(LedgerKind.RECHARGE, OUT_TRADE_NO.value()));
    }

    private static RechargeOrder order(RechargeStatus status, TransactionId transaction, LocalDateTime payTime) {
        return new RechargeOrder(new RechargeOrderId(1), USER, OUT_TRADE_NO, AMOUNT, status, transaction, payTime,
                EXPIRES_AT, CREATED_AT, CREATED_AT);
    }
}
