package com.coinop.domain.money;

import com.coinop.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @ParameterizedTest
    @ValueSource(longs = {-1, -100, Long.MIN_VALUE})
    void negative_amounts_are_refused(long fen) {
        assertThatThrownBy(() -> Money.ofFen(fen))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_AMOUNT"));
    }

    @Test
    void zero_and_the_largest_long_are_amounts() {
        assertThat(Money.ofFen(0)).isEqualTo(Money.ZERO);
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.ofFen(Long.MAX_VALUE).fen()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void of_yuan_counts_one_hundred_fen_a_yuan() {
        assertThat(Money.ofYuan(0)).isEqualTo(Money.ZERO);
        assertThat(Money.ofYuan(1).fen()).isEqualTo(100);
        assertThat(Money.ofYuan(5000).fen()).isEqualTo(500_000);
    }

    @Test
    void of_yuan_accepts_the_largest_amount_that_fits_in_fen() {
        assertThat(Money.ofYuan(Long.MAX_VALUE / 100).fen()).isEqualTo(9_223_372_036_854_775_800L);
    }

    @ParameterizedTest
    // 184467440737095517 yuan is 2^64 + 84 fen: wrapped around, it would be a plausible 0.84 yuan
    @ValueSource(longs = {Long.MAX_VALUE / 100 + 1, Long.MAX_VALUE, Long.MAX_VALUE / 10, 184_467_440_737_095_517L})
    void of_yuan_refuses_an_amount_whose_fen_would_overflow(long yuan) {
        assertThatThrownBy(() -> Money.ofYuan(yuan))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_AMOUNT"));
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, Long.MIN_VALUE, Long.MIN_VALUE / 100})
    void of_yuan_refuses_negative_yuan(long yuan) {
        assertThatThrownBy(() -> Money.ofYuan(yuan)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void plus_adds_fen() {
        assertThat(Money.ofFen(1250).plus(Money.ofFen(1))).isEqualTo(Money.ofFen(1251));
        assertThat(Money.ofFen(7).plus(Money.ZERO)).isEqualTo(Money.ofFen(7));
    }

    @Test
    void plus_beyond_the_largest_long_fails_instead_of_wrapping_around() {
        Money max = Money.ofFen(Long.MAX_VALUE);

        assertThatThrownBy(() -> max.plus(Money.ofFen(1))).isInstanceOf(InvalidValueException.class).hasMessage("金额超出范围");
        assertThatThrownBy(() -> max.plus(max)).isInstanceOf(InvalidValueException.class).hasMessage("金额超出范围");
    }

    @Test
    void minus_subtracts_fen_down_to_exactly_zero() {
        assertThat(Money.ofFen(1250).minus(Money.ofFen(1249))).isEqualTo(Money.ofFen(1));
        assertThat(Money.ofFen(1250).minus(Money.ofFen(1250))).isEqualTo(Money.ZERO);
        assertThat(Money.ofFen(Long.MAX_VALUE).minus(Money.ZERO)).isEqualTo(Money.ofFen(Long.MAX_VALUE));
    }

    @Test
    void minus_below_zero_is_refused() {
        assertThatThrownBy(() -> Money.ofFen(1249).minus(Money.ofFen(1250)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_AMOUNT"));
        assertThatThrownBy(() -> Money.ZERO.minus(Money.ofFen(Long.MAX_VALUE))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void times_multiplies_fen() {
        assertThat(Money.ofFen(50).times(3)).isEqualTo(Money.ofFen(150));
        assertThat(Money.ofFen(50).times(0)).isEqualTo(Money.ZERO);
        assertThat(Money.ZERO.times(Long.MAX_VALUE)).isEqualTo(Money.ZERO);
        assertThat(Money.ofFen(1).times(Long.MAX_VALUE)).isEqualTo(Money.ofFen(Long.MAX_VALUE));
    }

    @Test
    void times_beyond_the_largest_long_fails_instead_of_wrapping_around() {
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE / 2 + 1).times(2)).isInstanceOf(InvalidValueException.class).hasMessage("金额超出范围");
        assertThatThrownBy(() -> Money.ofFen(3_037_000_500L).times(3_037_000_500L)).isInstanceOf(InvalidValueException.class).hasMessage("金额超出范围");
    }

    @Test
    void times_a_negative_factor_is_refused() {
        assertThatThrownBy(() -> Money.ofFen(50).times(-1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.ZERO.times(Long.MIN_VALUE)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void min_is_the_smaller_amount_whichever_side_it_is_on() {
        Money small = Money.ofFen(99);
        Money large = Money.ofFen(100);

        assertThat(small.min(large)).isEqualTo(small);
        assertThat(large.min(small)).isEqualTo(small);
        assertThat(large.min(Money.ofFen(100))).isEqualTo(large);
        assertThat(Money.ZERO.min(large)).isEqualTo(Money.ZERO);
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0.00",
            "1, 0.01",
            "9, 0.09",
            "10, 0.10",
            "99, 0.99",
            "100, 1.00",
            "101, 1.01",
            "1250, 12.50",
            "500000, 5000.00",
            "123456789, 1234567.89",
            "9223372036854775800, 92233720368547758.00",
            "9223372036854775807, 92233720368547758.07"
    })
    void to_yuan_always_has_exactly_two_decimals(long fen, String yuan) {
        BigDecimal result = Money.ofFen(fen).toYuan();

        assertThat(result.scale()).isEqualTo(2);
        assertThat(result.toPlainString()).isEqualTo(yuan);
        assertThat(result).isEqualTo(new BigDecimal(yuan));
        assertThat(Money.ofFen(fen).toString()).isEqualTo(yuan);
    }

    @Test
    void to_yuan_round_trips_to_the_same_fen() {
        for (long fen : new long[]{0, 1, 7, 10, 99, 100, 1250, 999_999, Long.MAX_VALUE}) {
            assertThat(Money.ofFen(fen).toYuan().movePointRight(2).longValueExact()).as("fen %d", fen).isEqualTo(fen);
        }
    }

    @Test
    void compare_to_orders_by_fen() {
        assertThat(Money.ofFen(1).compareTo(Money.ofFen(2))).isNegative();
        assertThat(Money.ofFen(2).compareTo(Money.ofFen(1))).isPositive();
        assertThat(Money.ofFen(2).compareTo(Money.ofFen(2))).isZero();
        assertThat(Money.ZERO.compareTo(Money.ofFen(Long.MAX_VALUE))).isNegative();
        assertThat(Money.ofFen(Long.MAX_VALUE).compareTo(Money.ZERO)).isPositive();

        List<Money> amounts = new ArrayList<>(List.of(Money.ofFen(300), Money.ZERO, Money.ofFen(Long.MAX_VALUE), Money.ofFen(1)));
        amounts.sort(null);
        assertThat(amounts).containsExactly(Money.ZERO, Money.ofFen(1), Money.ofFen(300), Money.ofFen(Long.MAX_VALUE));
    }

    @Test
    void is_greater_than_is_strict() {
        assertThat(Money.ofFen(101).isGreaterThan(Money.ofFen(100))).isTrue();
        assertThat(Money.ofFen(100).isGreaterThan(Money.ofFen(100))).isFalse();
        assertThat(Money.ofFen(99).isGreaterThan(Money.ofFen(100))).isFalse();
    }

    @Test
    void equal_amounts_are_equal_values() {
        assertThat(Money.ofYuan(12).plus(Money.ofFen(50))).isEqualTo(Money.ofFen(1250)).hasSameHashCodeAs(Money.ofFen(1250));
        assertThat(Money.ofFen(1250)).isNotEqualTo(Money.ofFen(1251));
    }
}
