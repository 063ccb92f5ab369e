package com.coinop.adapter.persistence.device;

import com.coinop.adapter.persistence.testing.TestClock;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.domain.device.Device;
import com.coinop.domain.testing.TestDevices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link DevicePersistenceAdapter} as the {@link SaveDevicePort}, and the row timestamps it keeps. */
class DevicePersistenceAdapterSaveDevicePortTest extends SaveDevicePortContract {

    @Autowired
    private DevicePersistenceAdapter adapter;

    @Autowired
    private TestClock clock;

    @Autowired
    private JdbcTemplate jdbc;

    @Override
    protected SaveDevicePort saveDevicePort() {
        return adapter;
    }

    @Override
    protected LoadDevicePort loadDevicePort() {
        return adapter;
    }

    @Test
    void a_replaced_machine_keeps_its_first_ctime_and_gets_a_new_utime() {
        Device device = TestDevices.device().build();
        LocalDateTime registered = clock.localNow();
        adapter.save(device);
        clock.advance(Duration.ofDays(3));

        adapter.save(TestDevices.device().withId(device.id().value()).disabled().build());

        Map<String, Object> row = jdbc.queryForMap("SELECT ctime, utime FROM devices WHERE id = ?", device.id().value());
        assertThat(row.get("ctime")).isEqualTo(registered);
        assertThat(row.get("utime")).isEqualTo(registered.plusDays(3));
    }
}
