package com.coinop.adapter.web.json;

import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wire formats of amounts and times, both ways. */
class WireFormatTest {

    @ParameterizedTest(name = "{0} fen is {1} yuan")
    @CsvSource({"0, 0.00", "1, 0.01", "10, 0.10", "1250, 12.50", "500000, 5000.00", "9223372036854775807, 92233720368547758.07"})
    void amounts_are_yuan_with_exactly_two_decimals(long fen, String yuan) {
        assertThat(WireFormat.yuan(Money.ofFen(fen)).toString()).isEqualTo(yuan);
    }

    @Test
    void times_are_written_without_t_zone_or_fraction() {
        assertThat(WireFormat.time(LocalDateTime.of(2017, 7, 1, 3, 4, 5, 999_000_000))).isEqualTo("2017-07-01 03:04:05");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0000-01-01T00:00:00, 0000-01-01 00:00:00", "0001-02-03T04:05:06, 0001-02-03 04:05:06",
            "0999-12-31T23:59:59, 0999-12-31 23:59:59", "9999-12-31T23:59:59.999999999, 9999-12-31 23:59:59",
            "2026-11-28T10:09:08, 2026-11-28 10:09:08"})
    void times_are_written_with_fixed_widths_at_the_edges(LocalDateTime time, String text) {
        assertThat(WireFormat.time(time)).isEqualTo(text);
    }

    @Test
    void every_second_of_a_leap_year_is_written_as_the_pattern_writes_it() {
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
        for (LocalDateTime time = LocalDateTime.of(2024, 1, 1, 0, 0, 0); time.getYear() == 2024; time = time.plusSeconds(997)) {
            assertThat(WireFormat.time(time)).isEqualTo(pattern.format(time));
        }
    }

    @ParameterizedTest(name = "year {0}")
    @ValueSource(ints = {-1, 10000})
    void a_year_without_four_digits_is_refused_as_before(int year) {
        assertThatThrownBy(() -> WireFormat.time(LocalDateTime.of(year, 1, 1, 0, 0)))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void absent_values_stay_null() {
        assertThat(WireFormat.time(null)).isNull();
        assertThat(WireFormat.yuan(null)).isNull();
        assertThat(WireFormat.parseTime("start_time", null)).isNull();
    }

    @Test
    void a_well_formed_time_reads_back_exactly() {
        assertThat(WireFormat.parseTime("start_time", "2024-02-29 23:59:59")).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 59, 59));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"2023-02-29 00:00:00", "2017-02-30 00:00:00", "2017-7-1 00:00:00", "2017-07-01T00:00:00",
            "2017-07-01 00:00:00Z", "20170701 000000", "+2017-07-01 00:00:00", "-2017-07-01 00:00:00",
            "２０１７-07-01 00:00:00"})
    void malformed_or_impossible_time_is_refused_naming_field_and_format(String text) {
        assertThatThrownBy(() -> WireFormat.parseTime("end_time", text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_TIME"))
                .hasMessageContaining("end_time")
                .hasMessageContaining("yyyy-MM-dd HH:mm:ss");
    }
}
