package com.coinop.domain.device;

import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.testing.TestDevices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceTest {

    private static final DeviceId ID = new DeviceId(5);
    private static final DeviceLocation LOCATION = new DeviceLocation("广东省", "深圳市", "南山区", "科技园 1 号机");

    @Test
    void a_machine_has_a_price_of_at_least_one_fen() {
        assertThat(new Device(ID, LOCATION, Money.ofFen(1), true).pricePerMinute()).isEqualTo(Money.ofFen(1));
    }

    @Test
    void a_machine_priced_at_zero_is_refused() {
        assertThatThrownBy(() -> new Device(ID, LOCATION, Money.ZERO, true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_PRICE"));
    }

    @Test
    void an_incomplete_machine_is_refused() {
        assertThatThrownBy(() -> new Device(null, LOCATION, Money.ofFen(50), true)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Device(ID, null, Money.ofFen(50), true)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Device(ID, LOCATION, null, true)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_incomplete_location_is_refused() {
        assertThatThrownBy(() -> new DeviceLocation(null, "c", "a", "l")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DeviceLocation("p", null, "a", "l")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DeviceLocation("p", "c", null, "l")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DeviceLocation("p", "c", "a", null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_enabled_machine_passes_require_enabled() {
        Device device = TestDevices.device().build();

        assertThat(device.requireEnabled()).isSameAs(device);
    }

    @Test
    void a_disabled_machine_is_refused_by_require_enabled() {
        Device device = TestDevices.device().withId(77).disabled().build();

        assertThatThrownBy(device::requireEnabled)
                .isInstanceOfSatisfying(DeviceDisabledException.class, e -> {
                    assertThat(e.code()).isEqualTo("DEVICE_DISABLED");
                    assertThat(e.getMessage()).contains("77");
                });
    }

    @Test
    void a_registered_machine_costs_at_most_100_yuan_a_minute_and_has_an_id_a_qr_code_can_carry() {
        assertThat(Device.register(new DeviceId(DeviceId.MAX_PRINTED), LOCATION, Money.ofYuan(100), true).pricePerMinute())
                .isEqualTo(Money.ofYuan(100));
        assertThatThrownBy(() -> Device.register(ID, LOCATION, Money.ofFen(10_001), true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_PRICE"));
        assertThatThrownBy(() -> Device.register(new DeviceId(DeviceId.MAX_PRINTED + 1), LOCATION, Money.ofFen(50), true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_DEVICE_ID"));
    }

    @Test
    void a_new_price_is_held_to_the_same_bounds_and_a_copy_changes_nothing_else() {
        Device device = TestDevices.device().withId(5).at(LOCATION).pricedAt(Money.ofFen(50)).build();

        assertThat(device.pricedAt(Money.ofFen(80))).isEqualTo(new Device(ID, LOCATION, Money.ofFen(80), true));
        assertThat(device.withEnabled(false)).isEqualTo(new Device(ID, LOCATION, Money.ofFen(50), false));
        assertThatThrownBy(() -> device.pricedAt(Money.ofYuan(101))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> device.pricedAt(Money.ZERO)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_entered_location_is_stripped_and_each_part_named_when_refused() {
        assertThat(DeviceLocation.entered(" 广东省 ", "深圳市", "南山区", "科技园 🎮 1 号机\t"))
                .isEqualTo(new DeviceLocation("广东省", "深圳市", "南山区", "科技园 🎮 1 号机"));

        String[][] refused = {
                {"", "c", "a", "l", "INVALID_PROVINCE"},
                {"p", "  ", "a", "l", "INVALID_CITY"},
                {"p", "c", null, "l", "INVALID_AREA"},
                {"p", "c", "a", "line\nbreak", "INVALID_LOCATION"},
                {"p", "c", "a", "nul\u0000", "INVALID_LOCATION"},
                {"p", "c", "a", "lone \ud800 surrogate", "INVALID_LOCATION"},
                {"省".repeat(65), "c", "a", "l", "INVALID_PROVINCE"},
                {"p", "c", "a", "🎮".repeat(256), "INVALID_LOCATION"}};
        for (String[] parts : refused) {
            assertThatThrownBy(() -> DeviceLocation.entered(parts[0], parts[1], parts[2], parts[3]))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(parts[4]));
        }
        assertThat(DeviceLocation.entered("省".repeat(64), "c", "a", "🎮".repeat(255)).location()).hasSize(510);
    }
}
