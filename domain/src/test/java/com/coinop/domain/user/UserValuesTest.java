package com.coinop.domain.user;

import com.coinop.domain.device.DeviceId;
import com.coinop.domain.recharge.RechargeOrderId;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.usage.UsageSessionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserValuesTest {

    @Test
    void an_openid_up_to_64_characters_is_accepted() {
        assertThat(new OpenId("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o").value()).isEqualTo("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
        assertThat(new OpenId("o".repeat(64)).value()).hasSize(64);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\n"})
    void a_missing_or_blank_openid_is_refused(String value) {
        assertThatThrownBy(() -> new OpenId(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_OPENID"));
    }

    @Test
    void an_openid_longer_than_64_characters_is_refused() {
        assertThatThrownBy(() -> new OpenId("o".repeat(65))).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void ids_of_zero_or_below_are_refused(long value) {
        assertRefused(UserId::new, value, "INVALID_USER_ID");
        assertRefused(DeviceId::new, value, "INVALID_DEVICE_ID");
        assertRefused(RechargeOrderId::new, value, "INVALID_RECHARGE_ID");
        assertRefused(UsageSessionId::new, value, "INVALID_USAGE_ID");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, Long.MAX_VALUE})
    void positive_ids_are_accepted(long value) {
        assertThat(new UserId(value).value()).isEqualTo(value);
        assertThat(new DeviceId(value).value()).isEqualTo(value);
        assertThat(new RechargeOrderId(value).value()).isEqualTo(value);
        assertThat(new UsageSessionId(value).value()).isEqualTo(value);
    }

    @Test
    void user_state_codes_are_the_seeds() {
        assertThat(UserState.ofCode(1)).isEqualTo(UserState.ACTIVE);
        assertThat(UserState.ofCode(0)).isEqualTo(UserState.DISABLED);
        assertThat(UserState.ACTIVE.code()).isEqualTo(1);
        assertThat(UserState.DISABLED.code()).isEqualTo(0);
        for (UserState state : UserState.values()) {
            assertThat(UserState.ofCode(state.code())).isEqualTo(state);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 2, 10, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void an_unknown_user_state_code_is_refused(int code) {
        assertThatThrownBy(() -> UserState.ofCode(code))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_USER_STATE"));
    }

    private static void assertRefused(LongFunction<?> id, long value, String code) {
        assertThatThrownBy(() -> id.apply(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
