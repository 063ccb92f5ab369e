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
}
