package com.coinop.application.history.port.in;

import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryQueryTest {

    private static final UserId USER = new UserId(7);
    private static final LocalDateTime T = LocalDateTime.of(2026, 1, 2, 3, 4, 5);

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void a_page_below_one_is_refused(int page) {
        assertThatThrownBy(() -> new HistoryQuery(USER, page, 10, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_PAGE"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void a_size_outside_one_to_one_hundred_is_refused(int size) {
        assertThatThrownBy(() -> new HistoryQuery(USER, 1, size, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_SIZE"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 100})
    void a_size_from_one_to_one_hundred_is_accepted(int size) {
        assertThat(new HistoryQuery(USER, 1, size, null, null).window().limit()).isEqualTo(size);
    }

    @Test
    void a_missing_user_is_refused() {
        assertThatThrownBy(() -> new HistoryQuery(null, 1, 10, null, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_end_before_the_start_is_refused() {
        assertThatThrownBy(() -> new HistoryQuery(USER, 1, 10, T, T.minusSeconds(1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_TIME_RANGE"));
    }

    @Test
    void an_end_equal_to_the_start_is_accepted() {
        HistoryWindow window = new HistoryQuery(USER, 1, 10, T, T).window();

        assertThat(window.from()).isEqualTo(T);
        assertThat(window.to()).isEqualTo(T);
    }

    @Test
    void either_bound_may_be_left_open() {
        assertThat(new HistoryQuery(USER, 1, 10, null, null).window()).isEqualTo(new HistoryWindow(null, null, 0, 10));
        assertThat(new HistoryQuery(USER, 1, 10, T, null).window()).isEqualTo(new HistoryWindow(T, null, 0, 10));
        assertThat(new HistoryQuery(USER, 1, 10, null, T).window()).isEqualTo(new HistoryWindow(null, T, 0, 10));
    }

    @ParameterizedTest(name = "page {0} of {1} starts at {2}")
    @CsvSource({"1, 10, 0", "2, 10, 10", "3, 7, 14", "10, 100, 900", "1, 1, 0", "2, 1, 1"})
    void the_window_skips_the_earlier_pages(int page, int size, long offset) {
        HistoryWindow window = new HistoryQuery(USER, page, size, T, T.plusDays(1)).window();

        assertThat(window).isEqualTo(new HistoryWindow(T, T.plusDays(1), offset, size));
    }

    @Test
    void the_offset_of_a_very_large_page_does_not_overflow() {
        HistoryWindow window = new HistoryQuery(USER, Integer.MAX_VALUE, 100, null, null).window();

        assertThat(window.offset()).isEqualTo((Integer.MAX_VALUE - 1L) * 100L).isEqualTo(214_748_364_600L);
        assertThat(window.limit()).isEqualTo(100);
    }
}
