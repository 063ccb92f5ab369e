package com.coinop.adapter.persistence.usage;

import com.coinop.adapter.persistence.shared.DomainValues;
import com.coinop.adapter.persistence.shared.StoredRows;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.usage.UsageSession;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * {@link UsageSession} ↔ {@link UsageSessionDO}. The location copied at the start is four columns in
 * the row and one {@link DeviceLocation} in the domain.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, uses = DomainValues.class,
        unmappedTargetPolicy = ReportingPolicy.ERROR)
interface UsageSessionConverter {

    @Mapping(target = "province", source = "location.province")
    @Mapping(target = "city", source = "location.city")
    @Mapping(target = "area", source = "location.area")
    @Mapping(target = "location", source = "location.location")
    UsageSessionDO toRow(UsageSession session);

    /** Through {@link StoredRows}: a row the domain refuses is a server fault. */
    default UsageSession toDomain(UsageSessionDO row) {
        return StoredRows.read("usage_sessions", row, UsageSessionDO::getId, this::fromRow);
    }

    @Mapping(target = "location", source = ".")
    UsageSession fromRow(UsageSessionDO row);

    default DeviceLocation toLocation(UsageSessionDO row) {
        return new DeviceLocation(row.getProvince(), row.getCity(), row.getArea(), row.getLocation());
    }
}
