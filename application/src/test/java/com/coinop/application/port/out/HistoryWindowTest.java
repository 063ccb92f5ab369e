package com.coinop.application.port.out;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryWindowTest {

    @Test
    void a_window_keeps_its_bounds_offset_and_limit() {
        LocalDateTime from = LocalDateTime.of(2026, 1, 1, 0, 0, 0);
        HistoryWindow window = new HistoryWindow(from, null, 9_980, 20);

        assertThat(window.from()).isEqualTo(from);
        assertThat(window.to()).isNull();
        assertThat(window.offset()).isEqualTo(9_980);
        assertThat(window.limit()).isEqualTo(20);
    }

    @Test
    void a_negative_offset_is_refused() {
        assertThatThrownBy(() -> new HistoryWindow(null, null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_limit_below_one_is_refused() {
        assertThatThrownBy(() -> new HistoryWindow(null, null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
