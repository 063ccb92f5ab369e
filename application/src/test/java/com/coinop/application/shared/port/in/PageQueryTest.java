package com.coinop.application.shared.port.in;

import com.coinop.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageQueryTest {

    @Test
    void a_page_starts_after_the_rows_of_the_pages_before_it_even_far_out() {
        assertThat(new PageQuery(1, 20).offset()).isZero();
        assertThat(new PageQuery(3, 20).offset()).isEqualTo(40);
        assertThat(new PageQuery(Integer.MAX_VALUE, 100).offset()).isEqualTo((Integer.MAX_VALUE - 1L) * 100);
        assertThat(new PageQuery(3, 20).reaches(41)).isTrue();
        assertThat(new PageQuery(3, 20).reaches(40)).isFalse();
    }

    @Test
    void page_below_1_and_size_outside_1_to_100_are_refused() {
        assertThatThrownBy(() -> new PageQuery(0, 20))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_PAGE"));
        assertThatThrownBy(() -> new PageQuery(1, 0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_SIZE"));
        assertThatThrownBy(() -> new PageQuery(1, 101))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_SIZE"));
    }
}
