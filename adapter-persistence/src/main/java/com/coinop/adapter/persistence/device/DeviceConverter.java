package com.coinop.adapter.persistence.device;

import com.coinop.adapter.persistence.shared.DomainValues;
import com.coinop.adapter.persistence.shared.StoredRows;
import com.coinop.application.device.port.out.DeviceCredentials;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.device.DeviceSecret;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * {@link Device} ↔ {@link DeviceDO}. The domain keeps no timestamps; the row's are set when it is stored. The
 * secret and the last heartbeat have statements of their own and are never written by a save.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, uses = DomainValues.class,
        unmappedTargetPolicy = ReportingPolicy.ERROR)
interface DeviceConverter {

    @Mapping(target = "province", source = "device.location.province")
    @Mapping(target = "city", source = "device.location.city")
    @Mapping(target = "area", source = "device.location.area")
    @Mapping(target = "location", source = "device.location.location")
    @Mapping(target = "ctime", source = "now")
    @Mapping(target = "utime", source = "now")
    @Mapping(target = "secret", ignore = true)
    @Mapping(target = "lastHeartbeatTime", ignore = true)
    DeviceDO toRow(Device device, LocalDateTime now);

    /** Through {@link StoredRows}: a row the domain refuses is a server fault. */
    default Device toDomain(DeviceDO row) {
        return StoredRows.read("devices", row, DeviceDO::getId, this::fromRow);
    }

    /* Written out: MapStruct would take the machine's one-argument copies (movedTo, pricedAt) for setters. */
    default Device fromRow(DeviceDO row) {
        return new Device(DomainValues.deviceId(row.getId()), toLocation(row), DomainValues.money(row.getPricePerMinute()),
                Boolean.TRUE.equals(row.getEnabled()));
    }

    /** A row read by {@code findCredentials}: id, secret (null until issued), enabled. */
    default DeviceCredentials toCredentials(DeviceDO row) {
        return StoredRows.read("devices", row, DeviceDO::getId, found -> new DeviceCredentials(new DeviceId(found.getId()),
                Optional.ofNullable(found.getSecret()).map(DeviceSecret::new), found.getEnabled()));
    }

    default DeviceLocation toLocation(DeviceDO row) {
        return new DeviceLocation(row.getProvince(), row.getCity(), row.getArea(), row.getLocation());
    }
}
