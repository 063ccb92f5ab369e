package com.coinop.application.history.port.out;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryWindowTest {

    private static final LocalDateTime FROM = LocalDateTime.of(2026, 1, 1, 0, 0, 0);

    @Test
    void a_page_in_the_newer_half_is_read_as_it_is() {
        HistoryWindow page = new HistoryWindow(null, null, 40, 20);

        assertThat(page.fromNearerEnd(100)).isSameAs(page);
    }

    @Test
    void the_last_page_is_read_from_the_oldest_end_without_skipping_anything() {
        // 10,000 rows, page 500 of 20: rows 9,980..9,999 newest first are rows 0..19 oldest first
        HistoryWindow last = new HistoryWindow(FROM, null, 9_980, 20);

        assertThat(last.fromNearerEnd(10_000)).isEqualTo(new HistoryWindow(FROM, null, 0, 20, true));
    }

    @Test
    void a_short_last_page_asks_for_the_rows_that_exist_only() {
        // 45 rows, size 20, page 3: newest-first rows 40..44 are the 5 oldest
        assertThat(new HistoryWindow(null, null, 40, 20).fromNearerEnd(45))
                .isEqualTo(new HistoryWindow(null, null, 0, 5, true));
    }

    @Test
    void the_dearest_page_is_the_middle_one() {
        assertThat(new HistoryWindow(null, null, 60, 20).fromNearerEnd(100))
                .isEqualTo(new HistoryWindow(null, null, 20, 20, true));
        assertThat(new HistoryWindow(null, null, 40, 20).fromNearerEnd(100).offset()).isEqualTo(40);
    }

    @Test
    void a_page_past_the_end_is_left_alone() {
        HistoryWindow past = new HistoryWindow(null, null, 100, 20);

        assertThat(past.fromNearerEnd(100)).isSameAs(past);
    }

    @Test
    void rows_read_oldest_first_come_back_newest_first() {
        assertThat(new HistoryWindow(null, null, 0, 3, true).newestFirst(List.of(1, 2, 3))).containsExactly(3, 2, 1);
        assertThat(new HistoryWindow(null, null, 0, 3).newestFirst(List.of(1, 2, 3))).containsExactly(1, 2, 3);
    }

    @Test
    void a_page_is_read_from_the_nearer_end_and_comes_back_newest_first() {
        List<HistoryWindow> asked = new ArrayList<>();

        List<Integer> page = new HistoryWindow(null, null, 15, 5).page(17, walk -> {
            asked.add(walk);
            return List.of(1, 2);
        });

        assertThat(asked).containsExactly(new HistoryWindow(null, null, 0, 2, true));
        assertThat(page).containsExactly(2, 1);
    }

    @Test
    void a_page_past_the_end_reads_nothing() {
        assertThat(new HistoryWindow(null, null, 15, 5).page(15, walk -> {
            throw new AssertionError("read past the end");
        })).isEmpty();
    }

    @Test
    void a_negative_offset_or_an_empty_limit_is_refused() {
        assertThatThrownBy(() -> new HistoryWindow(null, null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HistoryWindow(null, null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
