package com.coinop.adapter.persistence.device;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.device.DeviceNotFoundException;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.testing.TestDevices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link SaveDevicePort} does; checked through {@link LoadDevicePort}. */
public abstract class SaveDevicePortContract extends PersistenceIntegrationTest {

    protected abstract SaveDevicePort saveDevicePort();

    protected abstract LoadDevicePort loadDevicePort();

    @Test
    void saving_a_new_machine_stores_it_under_its_own_id() {
        Device device = TestDevices.device().build();

        saveDevicePort().save(device);

        assertThat(loadDevicePort().findById(device.id())).contains(device);
    }

    @Test
    void saving_a_known_machine_replaces_it() {
        Device original = TestDevices.device().pricedAt(Money.ofFen(50)).build();
        saveDevicePort().save(original);
        Device replaced = TestDevices.device().withId(original.id().value())
                .at(new DeviceLocation("浙江省", "杭州市", "西湖区", "新位置"))
                .pricedAt(Money.ofFen(80))
                .disabled()
                .build();

        saveDevicePort().save(replaced);

        assertThat(loadDevicePort().findById(original.id())).contains(replaced);
    }

    @Test
    void inserting_a_new_machine_stores_it() {
        Device device = TestDevices.device().at(new DeviceLocation("广东省", "深圳市", "南山区", "科技园 🎮 'VIP'")).build();

        saveDevicePort().insert(device);

        assertThat(loadDevicePort().findById(device.id())).contains(device);
    }

    @Test
    void inserting_a_taken_id_is_refused_and_keeps_the_stored_machine() {
        Device stored = TestDevices.device().pricedAt(Money.ofFen(50)).build();
        saveDevicePort().insert(stored);

        assertThatThrownBy(() -> saveDevicePort().insert(TestDevices.device().withId(stored.id().value())
                .pricedAt(Money.ofFen(1)).disabled().build()))
                .isInstanceOfSatisfying(IllegalStateTransitionException.class,
                        e -> assertThat(e.code()).isEqualTo("DEVICE_ALREADY_EXISTS"));
        assertThat(loadDevicePort().findById(stored.id())).contains(stored);
    }

    @Test
    void updating_replaces_a_stored_machine_and_an_unknown_one_is_not_found() {
        Device stored = TestDevices.device().build();
        saveDevicePort().insert(stored);
        Device changed = stored.pricedAt(Money.ofFen(120)).withEnabled(false);

        saveDevicePort().update(changed);

        assertThat(loadDevicePort().findById(stored.id())).contains(changed);
        Device unknown = TestDevices.device().build();
        assertThatThrownBy(() -> saveDevicePort().update(unknown)).isInstanceOf(DeviceNotFoundException.class);
        assertThat(loadDevicePort().findById(unknown.id())).isEmpty();
    }
}
