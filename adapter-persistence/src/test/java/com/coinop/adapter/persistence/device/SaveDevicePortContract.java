package com.coinop.adapter.persistence.device;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestDevices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
}
