package com.coinop.adapter.persistence.device;

import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import static com.coinop.adapter.persistence.shared.DependencyGuard.database;

/** Reads and registers machines in the {@code devices} table. */
@Component
public class DevicePersistenceAdapter implements LoadDevicePort, SaveDevicePort {

    private final DeviceMapper mapper;
    private final DeviceConverter converter;
    private final Clock clock;

    DevicePersistenceAdapter(DeviceMapper mapper, DeviceConverter converter, Clock clock) {
        this.mapper = mapper;
        this.converter = converter;
        this.clock = clock;
    }

    @Override
    public Optional<Device> findById(DeviceId id) {
        return database(() -> Optional.ofNullable(converter.toDomain(mapper.findById(id.value()))));
    }

    /** One upsert, so two operators saving the same machine at once cannot collide. */
    @Override
    public void save(Device device) {
        DeviceDO row = converter.toRow(device, LocalDateTime.now(clock));
        database(() -> mapper.upsert(row));
    }
}
