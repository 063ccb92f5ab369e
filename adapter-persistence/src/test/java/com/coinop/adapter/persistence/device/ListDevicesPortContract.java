package com.coinop.adapter.persistence.device;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.device.port.out.ListDevicesPort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.testing.TestDevices;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ListDevicesPort} does; machines are stored through {@link SaveDevicePort}. */
public abstract class ListDevicesPortContract extends PersistenceIntegrationTest {

    protected abstract ListDevicesPort listDevicesPort();

    protected abstract SaveDevicePort saveDevicePort();

    @Test
    void machines_are_counted_and_paged_in_the_order_of_their_ids() {
        long before = listDevicesPort().countDevices();
        // the highest ids a machine may have, stored out of order: they come last, in order
        List<Device> devices = LongStream.of(3, 1, 2).mapToObj(n -> TestDevices.device()
                .withId(DeviceId.MAX_PRINTED - 10 + n).build()).toList();
        devices.forEach(saveDevicePort()::insert);

        long total = listDevicesPort().countDevices();

        assertThat(total).isEqualTo(before + 3);
        assertThat(listDevicesPort().findDevices(total - 3, 10)).extracting(device -> device.id().value())
                .containsExactly(DeviceId.MAX_PRINTED - 9, DeviceId.MAX_PRINTED - 8, DeviceId.MAX_PRINTED - 7);
        assertThat(listDevicesPort().findDevices(total - 2, 1)).containsExactly(devices.get(2));
        assertThat(listDevicesPort().findDevices(total, 10)).isEmpty();
    }
}
