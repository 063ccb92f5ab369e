package com.coinop.application.history.service;

import com.coinop.application.history.port.in.ExpenseHistory;
import com.coinop.application.history.port.in.HistoryQuery;
import com.coinop.application.history.port.out.ExpenseHistoryPort;
import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

class ListExpensesServiceTest {

    private static final UserId USER = new UserId(7);
    private static final LocalDateTime FROM = LocalDateTime.of(2026, 1, 1, 0, 0, 0);
    private static final LocalDateTime TO = LocalDateTime.of(2026, 1, 31, 23, 59, 59);

    private final ExpenseHistoryPort expenseHistoryPort = mock(ExpenseHistoryPort.class);
    private final ListExpensesService service = new ListExpensesService(expenseHistoryPort);

    private static UsageSession expense(long seconds) {
        return TestUsage.on(TestDevices.device().build()).by(USER).buildEnded(seconds, Money.ofYuan(100));
    }

    @Test
    void a_page_in_the_newer_half_is_read_with_the_window_of_page_and_size_and_the_total_passed_through() {
        HistoryWindow window = new HistoryWindow(FROM, TO, 5, 5);
        List<UsageSession> rows = List.of(expense(61), expense(3600));
        when(expenseHistoryPort.countEnded(USER, window)).thenReturn(17L);
        when(expenseHistoryPort.findEnded(USER, window)).thenReturn(rows);

        ExpenseHistory history = service.listExpenses(new HistoryQuery(USER, 2, 5, FROM, TO));

        assertThat(history.total()).isEqualTo(17);
        assertThat(history.expenses()).containsExactlyElementsOf(rows);
        verify(expenseHistoryPort).countEnded(USER, window);
        verify(expenseHistoryPort).findEnded(USER, window);
        verifyNoMoreInteractions(expenseHistoryPort);
    }

    @Test
    void a_page_in_the_older_half_is_read_from_the_oldest_end_and_returned_newest_first() {
        HistoryWindow window = new HistoryWindow(FROM, TO, 15, 5);
        UsageSession older = expense(61);
        UsageSession oldest = expense(3600);
        when(expenseHistoryPort.countEnded(USER, window)).thenReturn(17L);
        when(expenseHistoryPort.findEnded(USER, new HistoryWindow(FROM, TO, 0, 2, true))).thenReturn(List.of(oldest, older));

        ExpenseHistory history = service.listExpenses(new HistoryQuery(USER, 4, 5, FROM, TO));

        assertThat(history.total()).isEqualTo(17);
        assertThat(history.expenses()).containsExactly(older, oldest);
    }

    @Test
    void a_page_beyond_the_total_reads_no_rows_and_keeps_the_total() {
        when(expenseHistoryPort.countEnded(any(), any())).thenReturn(17L);

        ExpenseHistory history = service.listExpenses(new HistoryQuery(USER, 5, 5, null, null));

        assertThat(history.total()).isEqualTo(17);
        assertThat(history.expenses()).isEmpty();
        verify(expenseHistoryPort, never()).findEnded(any(), any());
    }

    @Test
    void a_page_starting_exactly_at_the_total_reads_no_rows() {
        when(expenseHistoryPort.countEnded(any(), any())).thenReturn(15L);

        assertThat(service.listExpenses(new HistoryQuery(USER, 4, 5, null, null)).expenses()).isEmpty();
        verify(expenseHistoryPort, never()).findEnded(any(), any());
    }

    @Test
    void a_page_holding_only_the_last_row_reads_it() {
        HistoryWindow window = new HistoryWindow(null, null, 15, 5);
        UsageSession last = expense(5);
        when(expenseHistoryPort.countEnded(USER, window)).thenReturn(16L);
        when(expenseHistoryPort.findEnded(USER, new HistoryWindow(null, null, 0, 1, true))).thenReturn(List.of(last));

        assertThat(service.listExpenses(new HistoryQuery(USER, 4, 5, null, null)).expenses()).containsExactly(last);
    }

    @Test
    void a_user_without_expenses_gets_an_empty_page_and_no_rows_are_read() {
        when(expenseHistoryPort.countEnded(any(), any())).thenReturn(0L);

        ExpenseHistory history = service.listExpenses(new HistoryQuery(USER, 1, 10, null, null));

        assertThat(history.total()).isZero();
        assertThat(history.expenses()).isEmpty();
        verify(expenseHistoryPort, never()).findEnded(any(), any());
    }

    @Test
    void the_page_handed_back_cannot_be_changed_by_the_caller() {
        HistoryWindow window = new HistoryWindow(null, null, 0, 10);
        when(expenseHistoryPort.countEnded(USER, window)).thenReturn(1L);
        when(expenseHistoryPort.findEnded(USER, window)).thenReturn(new ArrayList<>(List.of(expense(60))));

        ExpenseHistory history = service.listExpenses(new HistoryQuery(USER, 1, 10, null, null));

        assertThat(history.expenses()).isUnmodifiable();
    }
}
