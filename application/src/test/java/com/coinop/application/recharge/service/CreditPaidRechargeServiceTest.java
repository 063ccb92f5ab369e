package com.coinop.application.recharge.service;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.BalanceMove;
import com.coinop.application.recharge.port.in.CreditOutcome;
import com.coinop.application.recharge.port.in.CreditPaidRechargeCommand;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.shared.port.out.RecordingTransactionPort;
import com.coinop.domain.ledger.DuplicateLedgerEntryException;
import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.PaidAmountMismatchException;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.RechargeOrderNotFoundException;
import com.coinop.domain.recharge.RechargeStatus;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.testing.TestRecharges;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.time.LocalDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

class CreditPaidRechargeServiceTest {

    private static final UserId USER = new UserId(7);
    private static final Money AMOUNT = Money.ofFen(5000);
    private static final LocalDateTime PAID_AT = LocalDateTime.of(2026, 1, 2, 3, 6, 0);
    private static final TransactionId TRANSACTION = new TransactionId("4200001234202601020000000001");
    private static final TransactionId OTHER_TRANSACTION = new TransactionId("4200001234202601020000000002");

    private final RechargeOrderPort rechargeOrderPort = mock(RechargeOrderPort.class);
    private final AccountBalancePort accountBalancePort = mock(AccountBalancePort.class);
    private final RecordingTransactionPort transactions = new RecordingTransactionPort();
    private final CreditPaidRechargeService service =
            new CreditPaidRechargeService(rechargeOrderPort, accountBalancePort, transactions);

    private final RechargeOrder order = TestRecharges.createdOrder(USER).of(AMOUNT).buildStored(11);
    private final OutTradeNo outTradeNo = order.outTradeNo();

    private CreditPaidRechargeCommand report(TransactionId transaction, Money paid) {
        return new CreditPaidRechargeCommand(outTradeNo, transaction, paid, PAID_AT);
    }

    @Test
    void a_paid_order_is_marked_paid_credited_and_booked_in_one_transaction() {
        RechargeOrder paid = order.markPaid(TRANSACTION, AMOUNT, PAID_AT);
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo)).thenAnswer(transactions.insideTransaction(Optional.of(order)));
        when(rechargeOrderPort.markPaid(paid)).thenAnswer(transactions.insideTransaction(true));
        when(accountBalancePort.credit(USER, AMOUNT, order.ledgerReference(), PAID_AT))
                .thenAnswer(transactions.insideTransaction(booked(false)));

        CreditOutcome outcome = service.credit(report(TRANSACTION, AMOUNT));

        assertThat(outcome).isEqualTo(CreditOutcome.CREDITED);
        InOrder inOrder = inOrder(rechargeOrderPort, accountBalancePort);
        inOrder.verify(rechargeOrderPort).findByOutTradeNo(outTradeNo);
        inOrder.verify(rechargeOrderPort).markPaid(paid);
        inOrder.verify(accountBalancePort).credit(USER, AMOUNT, new LedgerReference(LedgerKind.RECHARGE, outTradeNo.value()), PAID_AT);
        verifyNoMoreInteractions(rechargeOrderPort, accountBalancePort);
        assertThat(transactions.started()).isEqualTo(1);
        assertThat(transactions.committed()).isEqualTo(1);
    }

    @Test
    void the_order_handed_to_mark_paid_is_the_exact_paid_order() {
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo)).thenReturn(Optional.of(order));
        when(rechargeOrderPort.markPaid(any())).thenReturn(true);
        when(accountBalancePort.credit(any(), any(), any(), any())).thenReturn(booked(false));

        service.credit(report(TRANSACTION, AMOUNT));

        verify(rechargeOrderPort).markPaid(new RechargeOrder(order.id(), USER, outTradeNo, AMOUNT,
                RechargeStatus.PAID, TRANSACTION, PAID_AT, order.expireTime(), order.ctime(), PAID_AT));
    }

    @Test
    void a_repeated_report_of_the_same_payment_credits_nothing() {
        RechargeOrder alreadyPaid = order.markPaid(TRANSACTION, AMOUNT, PAID_AT);
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo)).thenReturn(Optional.of(alreadyPaid));

        CreditOutcome outcome = service.credit(report(TRANSACTION, AMOUNT));

        assertThat(outcome).isEqualTo(CreditOutcome.ALREADY_CREDITED);
        verify(rechargeOrderPort).findByOutTradeNo(outTradeNo);
        verifyNoMoreInteractions(rechargeOrderPort);
        verifyNoInteractions(accountBalancePort);
        assertThat(transactions.committed()).isEqualTo(1);
    }

    @Test
    void a_repeated_report_later_in_time_still_credits_nothing() {
        RechargeOrder alreadyPaid = order.markPaid(TRANSACTION, AMOUNT, PAID_AT);
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo)).thenReturn(Optional.of(alreadyPaid));

        CreditOutcome outcome = service.credit(new CreditPaidRechargeCommand(outTradeNo, TRANSACTION, AMOUNT, PAID_AT.plusHours(3)));

        assertThat(outcome).isEqualTo(CreditOutcome.ALREADY_CREDITED);
        verify(rechargeOrderPort, never()).markPaid(any());
        verifyNoInteractions(accountBalancePort);
    }

    @Test
    void a_repeated_report_of_the_same_payment_with_another_amount_is_refused_and_nothing_moves() {
        RechargeOrder alreadyPaid = order.markPaid(TRANSACTION, AMOUNT, PAID_AT);
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo)).thenReturn(Optional.of(alreadyPaid));

        assertThatThrownBy(() -> service.credit(report(TRANSACTION, Money.ofFen(AMOUNT.fen() + 1))))
                .isInstanceOf(PaidAmountMismatchException.class);
        verify(rechargeOrderPort, never()).markPaid(any());
        verifyNoInteractions(accountBalancePort);
    }

    @Test
    void an_unknown_order_is_refused_and_nothing_moves() {
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.credit(report(TRANSACTION, AMOUNT)))
                .isInstanceOfSatisfying(RechargeOrderNotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("RECHARGE_NOT_FOUND");
                    assertThat(e.getMessage()).contains(outTradeNo.value());
                });
        verify(rechargeOrderPort).findByOutTradeNo(outTradeNo);
        verifyNoMoreInteractions(rechargeOrderPort);
        verifyNoInteractions(accountBalancePort);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void a_paid_amount_one_fen_short_is_refused_and_nothing_moves() {
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo)).thenReturn(Optional.of(order));

        assertThatThrownBy(() -> service.credit(report(TRANSACTION, Money.ofFen(4999))))
                .isInstanceOf(PaidAmountMismatchException.class);
        verify(rechargeOrderPort, never()).markPaid(any());
        verifyNoInteractions(accountBalancePort);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void a_paid_amount_one_fen_over_is_refused_and_nothing_moves() {
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo)).thenReturn(Optional.of(order));

        assertThatThrownBy(() -> service.credit(report(TRANSACTION, Money.ofFen(5001))))
                .isInstanceOf(PaidAmountMismatchException.class);
        verify(rechargeOrderPort, never()).markPaid(any());
        verifyNoInteractions(accountBalancePort);
    }

    @Test
    void a_payment_for_a_closed_order_is_credited_since_the_money_was_received() {
        RechargeOrder closed = order.close(PAID_AT.minusMinutes(1));
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo)).thenReturn(Optional.of(closed));
        when(rechargeOrderPort.markPaid(any())).thenReturn(true);
        when(accountBalancePort.credit(USER, AMOUNT, order.ledgerReference(), PAID_AT)).thenReturn(booked(false));

        CreditOutcome outcome = service.credit(report(TRANSACTION, AMOUNT));

        assertThat(outcome).isEqualTo(CreditOutcome.CREDITED_AFTER_CLOSE);
        verify(rechargeOrderPort).markPaid(closed.markPaid(TRANSACTION, AMOUNT, PAID_AT));
        verify(accountBalancePort).credit(USER, AMOUNT, order.ledgerReference(), PAID_AT);
        assertThat(transactions.committed()).isEqualTo(1);
    }

    @Test
    void a_second_payment_of_an_order_paid_by_another_transaction_is_refused_and_nothing_moves() {
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo))
                .thenReturn(Optional.of(order.markPaid(OTHER_TRANSACTION, AMOUNT, PAID_AT.minusMinutes(1))));

        assertThatThrownBy(() -> service.credit(report(TRANSACTION, AMOUNT)))
                .isInstanceOf(IllegalStateTransitionException.class);
        verify(rechargeOrderPort, never()).markPaid(any());
        verifyNoInteractions(accountBalancePort);
    }

    @Test
    void losing_the_race_to_the_same_payment_credits_nothing() {
        RechargeOrder paidByWinner = order.markPaid(TRANSACTION, AMOUNT, PAID_AT);
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo)).thenReturn(Optional.of(order), Optional.of(paidByWinner));
        when(rechargeOrderPort.markPaid(any())).thenReturn(false);

        CreditOutcome outcome = service.credit(report(TRANSACTION, AMOUNT));

        assertThat(outcome).isEqualTo(CreditOutcome.ALREADY_CREDITED);
        verify(rechargeOrderPort, times(2)).findByOutTradeNo(outTradeNo);
        verify(rechargeOrderPort).markPaid(paidByWinner);
        verifyNoMoreInteractions(rechargeOrderPort);
        verifyNoInteractions(accountBalancePort);
        assertThat(transactions.started()).isEqualTo(1);
    }

    @Test
    void losing_the_race_to_another_transaction_is_refused_and_nothing_moves() {
        RechargeOrder paidByOther = order.markPaid(OTHER_TRANSACTION, AMOUNT, PAID_AT);
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo)).thenReturn(Optional.of(order), Optional.of(paidByOther));
        when(rechargeOrderPort.markPaid(any())).thenReturn(false);

        assertThatThrownBy(() -> service.credit(report(TRANSACTION, AMOUNT)))
                .isInstanceOfSatisfying(IllegalStateTransitionException.class,
                        e -> assertThat(e.code()).isEqualTo("RECHARGE_ALREADY_PAID"));
        verify(rechargeOrderPort, times(2)).findByOutTradeNo(outTradeNo);
        verify(rechargeOrderPort).markPaid(any());
        verifyNoMoreInteractions(rechargeOrderPort);
        verifyNoInteractions(accountBalancePort);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void an_order_still_waiting_that_cannot_be_marked_paid_fails_and_nothing_moves() {
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo)).thenReturn(Optional.of(order));
        when(rechargeOrderPort.markPaid(any())).thenReturn(false);

        assertThatThrownBy(() -> service.credit(report(TRANSACTION, AMOUNT)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(outTradeNo.value());
        verifyNoInteractions(accountBalancePort);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void a_credit_the_ledger_refuses_fails_the_whole_transaction() {
        when(rechargeOrderPort.findByOutTradeNo(outTradeNo)).thenReturn(Optional.of(order));
        when(rechargeOrderPort.markPaid(any())).thenReturn(true);
        when(accountBalancePort.credit(USER, AMOUNT, order.ledgerReference(), PAID_AT))
                .thenThrow(new DuplicateLedgerEntryException(order.ledgerReference()));

        assertThatThrownBy(() -> service.credit(report(TRANSACTION, AMOUNT)))
                .isInstanceOf(DuplicateLedgerEntryException.class);
        assertThat(transactions.rolledBack()).as("the order's move to PAID is rolled back with it").isEqualTo(1);
        assertThat(transactions.committed()).isZero();
    }

    private BalanceMove booked(boolean repeated) {
        return new BalanceMove(new LedgerEntry(USER, order.ledgerReference(), AMOUNT, Money.ofFen(12_345), PAID_AT), repeated);
    }

    @Test
    void an_incomplete_payment_report_is_refused() {
        assertThatThrownBy(() -> new CreditPaidRechargeCommand(null, TRANSACTION, AMOUNT, PAID_AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CreditPaidRechargeCommand(outTradeNo, null, AMOUNT, PAID_AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CreditPaidRechargeCommand(outTradeNo, TRANSACTION, null, PAID_AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CreditPaidRechargeCommand(outTradeNo, TRANSACTION, AMOUNT, null)).isInstanceOf(InvalidValueException.class);
    }
}
