package com.coinop.application.usage.service;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.BalanceMove;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.shared.port.out.RecordingTransactionPort;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.ledger.DuplicateLedgerEntryException;
import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.usage.UsageSessionNotFoundException;
import com.coinop.domain.usage.UsageState;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
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

class ChargeUsageServiceTest {

    private static final UserId USER = new UserId(7);
    private static final UsageSessionId SESSION_ID = new UsageSessionId(42);
    private static final LedgerReference USAGE_42 = new LedgerReference(LedgerKind.USAGE, "42");
    private static final LocalDateTime START = LocalDateTime.of(2026, 1, 2, 10, 0, 0);
    /** 121 seconds: three started minutes, 150 fen at 50 fen a minute. */
    private static final LocalDateTime END = START.plusSeconds(121);
    private static final Money FULL_COST = Money.ofFen(150);

    private final UsageSessionPort usageSessionPort = mock(UsageSessionPort.class);
    private final AccountBalancePort accountBalancePort = mock(AccountBalancePort.class);
    private final LoadDevicePort loadDevicePort = mock(LoadDevicePort.class);
    private final RecordingTransactionPort transactions = new RecordingTransactionPort();
    private final ChargeUsageService service =
            new ChargeUsageService(usageSessionPort, accountBalancePort, loadDevicePort, transactions);

    private final Device device = TestDevices.device().pricedAt(Money.ofFen(50)).build();
    private final UsageSession started = TestUsage.on(device).by(USER).startedAt(START).buildStored(SESSION_ID.value());

    private static Account balanceOf(long fen) {
        return new Account(Money.ofFen(fen + 2_000), Money.ofFen(2_000));
    }

    @Test
    void an_ended_session_is_charged_its_cost_and_booked_in_one_transaction() {
        when(usageSessionPort.findById(SESSION_ID)).thenAnswer(transactions.insideTransaction(Optional.of(started)));
        when(accountBalancePort.lockAccount(USER)).thenAnswer(transactions.insideTransaction(balanceOf(1_000)));
        when(usageSessionPort.markEnded(any())).thenAnswer(transactions.insideTransaction(true));
        when(accountBalancePort.debit(USER, FULL_COST, USAGE_42, END)).thenAnswer(transactions.insideTransaction(booked(FULL_COST)));

        ChargeOutcome outcome = service.charge(new ChargeUsageCommand(SESSION_ID, END, UsageEndReason.USER));

        UsageSession expected = new UsageSession(SESSION_ID, USER, device.id(), device.location(), Money.ofFen(50),
                UsageState.ENDED, START, END, 121, FULL_COST, Money.ZERO, UsageEndReason.USER, END);
        assertThat(outcome.alreadyEnded()).isFalse();
        assertThat(outcome.expense()).isEqualTo(expected);
        assertThat(outcome.expense().costMinutes()).isEqualTo(2);
        InOrder inOrder = inOrder(usageSessionPort, accountBalancePort);
        inOrder.verify(usageSessionPort).findById(SESSION_ID);
        inOrder.verify(accountBalancePort).lockAccount(USER);
        inOrder.verify(usageSessionPort).markEnded(expected);
        inOrder.verify(accountBalancePort).debit(USER, FULL_COST, USAGE_42, END);
        verifyNoMoreInteractions(usageSessionPort, accountBalancePort);
        assertThat(transactions.started()).isEqualTo(1);
        assertThat(transactions.committed()).isEqualTo(1);
    }

    @Test
    void the_cost_is_capped_by_a_low_balance_and_only_that_is_debited() {
        when(usageSessionPort.findById(SESSION_ID)).thenReturn(Optional.of(started));
        when(accountBalancePort.lockAccount(USER)).thenReturn(balanceOf(120));
        when(usageSessionPort.markEnded(any())).thenReturn(true);
        when(accountBalancePort.debit(USER, Money.ofFen(120), USAGE_42, END)).thenReturn(booked(Money.ofFen(120)));

        ChargeOutcome outcome = service.charge(new ChargeUsageCommand(SESSION_ID, END, UsageEndReason.USER));

        assertThat(outcome.expense().cost()).isEqualTo(Money.ofFen(120));
        assertThat(outcome.expense().costSeconds()).isEqualTo(121);
        ArgumentCaptor<UsageSession> ended = ArgumentCaptor.forClass(UsageSession.class);
        verify(usageSessionPort).markEnded(ended.capture());
        assertThat(ended.getValue().cost()).isEqualTo(Money.ofFen(120));
        verify(accountBalancePort).debit(USER, Money.ofFen(120), USAGE_42, END);
    }

    @Test
    void a_balance_of_exactly_the_cost_is_debited_to_zero() {
        when(usageSessionPort.findById(SESSION_ID)).thenReturn(Optional.of(started));
        when(accountBalancePort.lockAccount(USER)).thenReturn(balanceOf(150));
        when(usageSessionPort.markEnded(any())).thenReturn(true);
        when(accountBalancePort.debit(USER, FULL_COST, USAGE_42, END)).thenReturn(booked(FULL_COST));

        ChargeOutcome outcome = service.charge(new ChargeUsageCommand(SESSION_ID, END, UsageEndReason.USER));

        assertThat(outcome.expense().cost()).isEqualTo(FULL_COST);
        verify(accountBalancePort).debit(USER, FULL_COST, USAGE_42, END);
    }

    @Test
    void with_a_zero_balance_the_session_ends_at_no_cost_without_debit_or_ledger_entry() {
        when(usageSessionPort.findById(SESSION_ID)).thenReturn(Optional.of(started));
        when(accountBalancePort.lockAccount(USER)).thenReturn(balanceOf(0));
        when(usageSessionPort.markEnded(any())).thenReturn(true);

        ChargeOutcome outcome = service.charge(new ChargeUsageCommand(SESSION_ID, END, UsageEndReason.USER));

        assertThat(outcome.alreadyEnded()).isFalse();
        assertThat(outcome.expense().state()).isEqualTo(UsageState.ENDED);
        assertThat(outcome.expense().cost()).isEqualTo(Money.ZERO);
        assertThat(outcome.expense().costSeconds()).isEqualTo(121);
        verify(usageSessionPort).markEnded(outcome.expense());
        verify(accountBalancePort).lockAccount(USER);
        verifyNoMoreInteractions(accountBalancePort);
    }

    @Test
    void a_session_of_no_time_ends_at_no_cost_without_debit_or_ledger_entry() {
        when(usageSessionPort.findById(SESSION_ID)).thenReturn(Optional.of(started));
        when(accountBalancePort.lockAccount(USER)).thenReturn(balanceOf(1_000));
        when(usageSessionPort.markEnded(any())).thenReturn(true);

        ChargeOutcome outcome = service.charge(new ChargeUsageCommand(SESSION_ID, START, UsageEndReason.USER));

        assertThat(outcome.expense().cost()).isEqualTo(Money.ZERO);
        verify(accountBalancePort, never()).debit(any(), any(), any(), any());
    }

    @Test
    void an_already_ended_session_is_returned_as_stored_and_nothing_moves() {
        UsageSession stored = started.end(START.plusSeconds(61), Money.ofYuan(100), UsageEndReason.USER);
        when(usageSessionPort.findById(SESSION_ID)).thenReturn(Optional.of(stored));

        ChargeOutcome outcome = service.charge(new ChargeUsageCommand(SESSION_ID, END.plusMinutes(5), UsageEndReason.USER));

        assertThat(outcome.alreadyEnded()).isTrue();
        assertThat(outcome.expense()).isSameAs(stored);
        verify(usageSessionPort).findById(SESSION_ID);
        verifyNoMoreInteractions(usageSessionPort);
        verifyNoInteractions(accountBalancePort);
    }

    @Test
    void losing_the_race_to_end_the_session_returns_the_stored_one_and_debits_nothing() {
        UsageSession endedByWinner = started.end(START.plusSeconds(119), Money.ofYuan(100), UsageEndReason.USER);
        when(usageSessionPort.findById(SESSION_ID)).thenReturn(Optional.of(started), Optional.of(endedByWinner));
        when(accountBalancePort.lockAccount(USER)).thenReturn(balanceOf(1_000));
        when(usageSessionPort.markEnded(any())).thenReturn(false);

        ChargeOutcome outcome = service.charge(new ChargeUsageCommand(SESSION_ID, END, UsageEndReason.USER));

        assertThat(outcome.alreadyEnded()).isTrue();
        assertThat(outcome.expense()).isSameAs(endedByWinner);
        verify(usageSessionPort, times(2)).findById(SESSION_ID);
        verify(usageSessionPort).markEnded(any());
        verify(accountBalancePort).lockAccount(USER);
        verifyNoMoreInteractions(usageSessionPort, accountBalancePort);
    }

    @Test
    void an_unknown_session_is_refused_and_nothing_moves() {
        when(usageSessionPort.findById(SESSION_ID)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.charge(new ChargeUsageCommand(SESSION_ID, END, UsageEndReason.USER)))
                .isInstanceOfSatisfying(UsageSessionNotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("USAGE_NOT_FOUND");
                    assertThat(e.getMessage()).contains("42");
                });
        verify(usageSessionPort).findById(SESSION_ID);
        verifyNoMoreInteractions(usageSessionPort);
        verifyNoInteractions(accountBalancePort);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void an_end_before_the_start_is_refused_and_nothing_moves() {
        when(usageSessionPort.findById(SESSION_ID)).thenReturn(Optional.of(started));
        when(accountBalancePort.lockAccount(USER)).thenReturn(balanceOf(1_000));

        assertThatThrownBy(() -> service.charge(new ChargeUsageCommand(SESSION_ID, START.minusSeconds(1), UsageEndReason.USER)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_END_TIME"));
        verify(usageSessionPort, never()).markEnded(any());
        verify(accountBalancePort, never()).debit(any(), any(), any(), any());
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void a_refused_debit_rolls_the_transaction_back() {
        when(usageSessionPort.findById(SESSION_ID)).thenReturn(Optional.of(started));
        when(accountBalancePort.lockAccount(USER)).thenReturn(balanceOf(1_000));
        when(usageSessionPort.markEnded(any())).thenReturn(true);
        when(accountBalancePort.debit(USER, FULL_COST, USAGE_42, END)).thenThrow(new InsufficientBalanceException(USER, FULL_COST));

        assertThatThrownBy(() -> service.charge(new ChargeUsageCommand(SESSION_ID, END, UsageEndReason.USER)))
                .isInstanceOf(InsufficientBalanceException.class);
        assertThat(transactions.rolledBack()).isEqualTo(1);
        assertThat(transactions.committed()).isZero();
    }

    @Test
    void a_debit_the_ledger_refuses_fails_the_whole_transaction() {
        when(usageSessionPort.findById(SESSION_ID)).thenReturn(Optional.of(started));
        when(accountBalancePort.lockAccount(USER)).thenReturn(balanceOf(1_000));
        when(usageSessionPort.markEnded(any())).thenReturn(true);
        when(accountBalancePort.debit(USER, FULL_COST, USAGE_42, END)).thenThrow(new DuplicateLedgerEntryException(USAGE_42));

        assertThatThrownBy(() -> service.charge(new ChargeUsageCommand(SESSION_ID, END, UsageEndReason.USER)))
                .isInstanceOf(DuplicateLedgerEntryException.class);
        assertThat(transactions.rolledBack()).as("the session's end is rolled back with it").isEqualTo(1);
        assertThat(transactions.committed()).isZero();
    }

    private static BalanceMove booked(Money cost) {
        return new BalanceMove(new LedgerEntry(USER, USAGE_42, cost, Money.ofFen(850), END), false);
    }

    @Test
    void an_incomplete_end_report_is_refused() {
        assertThatThrownBy(() -> new ChargeUsageCommand(null, END, UsageEndReason.USER)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ChargeUsageCommand(SESSION_ID, null, UsageEndReason.USER)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ChargeUsageCommand(SESSION_ID, END, null)).isInstanceOf(InvalidValueException.class);
    }
}
