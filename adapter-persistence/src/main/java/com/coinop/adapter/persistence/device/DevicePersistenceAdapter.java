package com.coinop.adapter.persistence.device;

import com.coinop.application.port.out.LoadDevicePort;
import com.coinop.application.port.out.SaveDevicePort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import static com.coinop.adapter.persistence.support.DependencyGuard.database;

/** Reads and registers machines in the {@code devices} table. */
@Component
public class DevicePersistenceAdapter implements LoadDevicePort, SaveDevicePort {

    private final DeviceMapper mapper;
    private final DeviceRowMapper rows;
    private final Clock clock;

    DevicePersistenceAdapter(DeviceMapper mapper, DeviceRowMapper rows, Clock clock) {
        this.mapper = mapper;
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public Optional<Device> findById(DeviceId id) {
        return database(() -> Optional.ofNullable(rows.toDomain(mapper.findById(id.value()))));
    }

    /** One upsert, so two operators saving the same machine at once cannot collide. */
    @Override
    public void save(Device device) {
        DeviceDO row = rows.toRow(device, LocalDateTime.now(clock));
        database(() -> mapper.upsert(row));
    }
}
