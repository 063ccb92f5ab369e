package com.coinop.adapter.persistence.device;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestDevices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link LoadDevicePort} does; machines are stored through {@link SaveDevicePort}. */
public abstract class LoadDevicePortContract extends PersistenceIntegrationTest {

    protected abstract LoadDevicePort loadDevicePort();

    protected abstract SaveDevicePort saveDevicePort();

    @Autowired
    private TransactionPort transactionPort;

    @Test
    void a_stored_machine_is_found_with_every_field() {
        Device device = TestDevices.device()
                .at(new DeviceLocation("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "红山路 😀 网吧 B-12 'Ω'"))
                .pricedAt(Money.ofFen(12_345))
                .build();
        saveDevicePort().save(device);

        assertThat(loadDevicePort().findById(device.id())).contains(device);
    }

    @Test
    void a_disabled_machine_is_found_disabled() {
        Device device = TestDevices.device().disabled().build();
        saveDevicePort().save(device);

        assertThat(loadDevicePort().findById(device.id())).get().extracting(Device::enabled).isEqualTo(false);
    }

    @Test
    void an_unknown_machine_is_not_found() {
        assertThat(loadDevicePort().findById(new DeviceId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void a_machine_is_locked_inside_a_transaction_only() {
        Device device = TestDevices.device().build();
        saveDevicePort().save(device);

        assertThat(transactionPort.inTransaction(() -> loadDevicePort().lockById(device.id()))).contains(device);
        assertThat(transactionPort.inTransaction(() -> loadDevicePort().lockById(new DeviceId(Long.MAX_VALUE)))).isEmpty();
        assertThatThrownBy(() -> loadDevicePort().lockById(device.id())).isInstanceOf(IllegalStateException.class);
    }
}
