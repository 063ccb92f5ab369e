package com.coinop.domain.user;

import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MobileTest {

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "13812345678", "14700000000", "15999999999", "16612345678",
            "17712345678", "18812345678", "19912345678"})
    void a_mainland_number_of_eleven_digits_is_accepted(String value) {
        assertThat(new Mobile(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "1381234567",          // 10 digits
            "138123456789",        // 12 digits
            "10012345678",         // second digit 0
            "11012345678",         // second digit 1
            "12812345678",         // second digit 2
            "23812345678",         // not starting with 1
            "1381234567a",         // letter
            "13812345b78",
            "138 1234 5678",       // spaces inside
            " 13812345678",        // leading space
            "13812345678 ",        // trailing space
            "13812345678\n",       // trailing newline
            "138-1234-5678",
            "+8613812345678",      // country code
            "8613812345678",
            "+86 13812345678",
            "１３８１２３４５６７８", // full-width digits
            "١٣٨١٢٣٤٥٦٧٨",          // Arabic-Indic digits
            "           "
    })
    void anything_but_a_mainland_number_is_refused(String value) {
        assertThatThrownBy(() -> new Mobile(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_MOBILE"));
    }

    @Test
    void masked_keeps_the_first_three_and_last_four_digits() {
        assertThat(new Mobile("13812345678").masked()).isEqualTo("138****5678");
        assertThat(new Mobile("19900000001").masked()).isEqualTo("199****0001");
    }

    @Test
    void to_string_never_shows_the_full_number() {
        Mobile mobile = new Mobile("13812345678");

        assertThat(mobile.toString()).isEqualTo("138****5678").doesNotContain("13812345678").doesNotContain("1234");
        assertThat(String.valueOf(mobile)).doesNotContain("13812345678");
    }

    @Test
    void a_user_printed_in_a_log_line_does_not_show_the_full_number() {
        User user = TestUsers.activeUser().withMobile("13812345678").build();

        assertThat(user.toString()).contains("138****5678").doesNotContain("13812345678");
    }

    @Test
    void equal_numbers_are_equal_values() {
        assertThat(new Mobile("13812345678")).isEqualTo(new Mobile("13812345678"))
                .isNotEqualTo(new Mobile("13812345679"));
    }
}
