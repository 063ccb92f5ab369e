package com.coinop.adapter.persistence.device;

import com.coinop.application.device.port.out.DeviceCredentials;
import com.coinop.application.device.port.out.DeviceCredentialsPort;
import com.coinop.application.device.port.out.DeviceHeartbeatPort;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceSecret;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import static com.coinop.adapter.persistence.shared.DependencyGuard.database;

/** Machines in the {@code devices} table: registering them, their secrets and their last heartbeats. */
@Component
public class DevicePersistenceAdapter implements LoadDevicePort, SaveDevicePort, DeviceCredentialsPort,
        DeviceHeartbeatPort {

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

    @Override
    public Optional<DeviceCredentials> findCredentials(DeviceId id) {
        return database(() -> Optional.ofNullable(converter.toCredentials(mapper.findCredentials(id.value()))));
    }

    @Override
    public boolean saveSecret(DeviceId id, DeviceSecret secret) {
        return database(() -> mapper.saveSecret(id.value(), secret.value(), LocalDateTime.now(clock))) == 1;
    }

    @Override
    public void recordHeartbeat(DeviceId id, LocalDateTime at) {
        database(() -> mapper.recordHeartbeat(id.value(), at));
    }

    @Override
    public Optional<LocalDateTime> lastHeartbeat(DeviceId id) {
        return database(() -> Optional.ofNullable(mapper.lastHeartbeat(id.value())));
    }
}
