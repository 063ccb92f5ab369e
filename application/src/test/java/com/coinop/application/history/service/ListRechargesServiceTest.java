package com.coinop.application.history.service;

import com.coinop.application.account.port.out.LoadUserProfilePort;
import com.coinop.application.history.port.in.HistoryQuery;
import com.coinop.application.history.port.in.RechargeHistory;
import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.application.history.port.out.RechargeHistoryPort;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.testing.TestRecharges;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

class ListRechargesServiceTest {

    private static final UserId USER = new UserId(7);
    private static final LocalDateTime FROM = LocalDateTime.of(2026, 1, 1, 0, 0, 0);
    private static final LocalDateTime TO = LocalDateTime.of(2026, 1, 31, 23, 59, 59);

    private final LoadUserProfilePort loadUserProfilePort = mock(LoadUserProfilePort.class);
    private final RechargeHistoryPort rechargeHistoryPort = mock(RechargeHistoryPort.class);
    private final ListRechargesService service = new ListRechargesService(loadUserProfilePort, rechargeHistoryPort);

    private final User user = TestUsers.activeUser().withId(7).build();

    @Test
    void a_page_in_the_newer_half_is_read_with_the_window_of_page_and_size_and_the_total_passed_through() {
        HistoryWindow window = new HistoryWindow(FROM, TO, 10, 10);
        List<RechargeOrder> rows = List.of(TestRecharges.createdOrder(USER).buildPaid(), TestRecharges.createdOrder(USER).buildPaid());
        when(loadUserProfilePort.findProfile(USER)).thenReturn(Optional.of(user));
        when(rechargeHistoryPort.countPaid(USER, window)).thenReturn(30L);
        when(rechargeHistoryPort.findPaid(USER, window)).thenReturn(rows);

        RechargeHistory history = service.listRecharges(new HistoryQuery(USER, 2, 10, FROM, TO));

        assertThat(history.user()).isSameAs(user);
        assertThat(history.total()).isEqualTo(30);
        assertThat(history.recharges()).containsExactlyElementsOf(rows);
        verify(rechargeHistoryPort).countPaid(USER, window);
        verify(rechargeHistoryPort).findPaid(USER, window);
        verifyNoMoreInteractions(rechargeHistoryPort);
    }

    @Test
    void a_page_in_the_older_half_is_read_from_the_oldest_end_and_returned_newest_first() {
        HistoryWindow window = new HistoryWindow(FROM, TO, 20, 10);
        RechargeOrder older = TestRecharges.createdOrder(USER).buildPaid();
        RechargeOrder oldest = TestRecharges.createdOrder(USER).buildPaid();
        when(loadUserProfilePort.findProfile(USER)).thenReturn(Optional.of(user));
        when(rechargeHistoryPort.countPaid(USER, window)).thenReturn(22L);
        when(rechargeHistoryPort.findPaid(USER, new HistoryWindow(FROM, TO, 0, 2, true))).thenReturn(List.of(oldest, older));

        RechargeHistory history = service.listRecharges(new HistoryQuery(USER, 3, 10, FROM, TO));

        assertThat(history.recharges()).containsExactly(older, oldest);
    }

    @Test
    void the_first_page_starts_at_offset_zero_without_time_bounds() {
        HistoryWindow window = new HistoryWindow(null, null, 0, 100);
        when(loadUserProfilePort.findProfile(USER)).thenReturn(Optional.of(user));
        when(rechargeHistoryPort.countPaid(USER, window)).thenReturn(1L);
        when(rechargeHistoryPort.findPaid(USER, window)).thenReturn(List.of(TestRecharges.createdOrder(USER).buildPaid()));

        RechargeHistory history = service.listRecharges(new HistoryQuery(USER, 1, 100, null, null));

        assertThat(history.recharges()).hasSize(1);
        verify(rechargeHistoryPort).findPaid(USER, window);
    }

    @Test
    void a_page_beyond_the_total_reads_no_rows_and_keeps_the_total() {
        when(loadUserProfilePort.findProfile(USER)).thenReturn(Optional.of(user));
        when(rechargeHistoryPort.countPaid(any(), any())).thenReturn(25L);

        RechargeHistory history = service.listRecharges(new HistoryQuery(USER, 4, 10, null, null));

        assertThat(history.total()).isEqualTo(25);
        assertThat(history.recharges()).isEmpty();
        assertThat(history.user()).isSameAs(user);
        verify(rechargeHistoryPort, never()).findPaid(any(), any());
    }

    @Test
    void a_page_starting_exactly_at_the_total_reads_no_rows() {
        when(loadUserProfilePort.findProfile(USER)).thenReturn(Optional.of(user));
        when(rechargeHistoryPort.countPaid(any(), any())).thenReturn(20L);

        RechargeHistory history = service.listRecharges(new HistoryQuery(USER, 3, 10, null, null));

        assertThat(history.recharges()).isEmpty();
        verify(rechargeHistoryPort, never()).findPaid(any(), any());
    }

    @Test
    void a_page_holding_only_the_last_row_reads_it() {
        HistoryWindow window = new HistoryWindow(null, null, 20, 10);
        RechargeOrder last = TestRecharges.createdOrder(USER).buildPaid();
        when(loadUserProfilePort.findProfile(USER)).thenReturn(Optional.of(user));
        when(rechargeHistoryPort.countPaid(USER, window)).thenReturn(21L);
        when(rechargeHistoryPort.findPaid(USER, new HistoryWindow(null, null, 0, 1, true))).thenReturn(List.of(last));

        assertThat(service.listRecharges(new HistoryQuery(USER, 3, 10, null, null)).recharges()).containsExactly(last);
    }

    @Test
    void no_recharges_at_all_reads_no_rows() {
        when(loadUserProfilePort.findProfile(USER)).thenReturn(Optional.of(user));
        when(rechargeHistoryPort.countPaid(any(), any())).thenReturn(0L);

        RechargeHistory history = service.listRecharges(new HistoryQuery(USER, 1, 10, null, null));

        assertThat(history.total()).isZero();
        assertThat(history.recharges()).isEmpty();
        verify(rechargeHistoryPort, never()).findPaid(any(), any());
    }

    @Test
    void a_missing_user_is_not_found_and_no_history_is_read() {
        when(loadUserProfilePort.findProfile(USER)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.listRecharges(new HistoryQuery(USER, 1, 10, null, null)))
                .isInstanceOf(UserNotFoundException.class);
        verifyNoInteractions(rechargeHistoryPort);
    }
}
