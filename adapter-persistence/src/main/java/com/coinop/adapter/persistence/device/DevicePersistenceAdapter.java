package com.coinop.adapter.persistence.device;

import com.coinop.adapter.persistence.shared.DuplicateKey;
import com.coinop.adapter.persistence.shared.Transactions;
import com.coinop.application.device.port.out.DeviceCredentials;
import com.coinop.application.device.port.out.DeviceCredentialsPort;
import com.coinop.application.device.port.out.DeviceHeartbeatPort;
import com.coinop.application.device.port.out.ListDevicesPort;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceNotFoundException;
import com.coinop.domain.device.DeviceSecret;
import com.coinop.domain.shared.IllegalStateTransitionException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.coinop.adapter.persistence.shared.DependencyGuard.database;

/**
 * Machines in the {@code devices} table: reading, registering, changing and listing them, their secrets and
 * their last heartbeats.
 */
@Component
public class DevicePersistenceAdapter implements LoadDevicePort, SaveDevicePort, ListDevicesPort,
        DeviceCredentialsPort, DeviceHeartbeatPort {

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

    @Override
    public Optional<Device> lockById(DeviceId id) {
        Transactions.requireActive("locking a machine");
        return database(() -> Optional.ofNullable(converter.toDomain(mapper.lockById(id.value()))));
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
    public Map<DeviceId, LocalDateTime> lastHeartbeats(Collection<DeviceId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> values = ids.stream().map(DeviceId::value).toList();
        return database(() -> mapper.findHeartbeats(values)).stream()
                .collect(Collectors.toMap(row -> new DeviceId(row.getId()), DeviceDO::getLastHeartbeatTime));
    }

    @Override
    public void insert(Device device) {
        DeviceDO row = converter.toRow(device, LocalDateTime.now(clock));
        try {
            database(() -> mapper.insert(row));
        } catch (DataAccessException e) {
            if (DuplicateKey.violates(e, "PRIMARY")) {
                throw new IllegalStateTransitionException("DEVICE_ALREADY_EXISTS", "设备编号已存在: " + device.id().value());
            }
            throw e;
        }
    }

    @Override
    public void update(Device device) {
        DeviceDO row = converter.toRow(device, LocalDateTime.now(clock));
        if (database(() -> mapper.update(row)) == 0) {
            throw new DeviceNotFoundException(device.id());
        }
    }

    @Override
    public long countDevices() {
        return database(mapper::count);
    }

    @Override
    public List<Device> findDevices(long offset, int limit) {
        return database(() -> mapper.findPage(offset, limit)).stream().map(converter::toDomain).toList();
    }
}
