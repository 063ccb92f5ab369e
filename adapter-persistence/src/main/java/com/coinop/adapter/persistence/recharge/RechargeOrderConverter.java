package com.coinop.adapter.persistence.recharge;

import com.coinop.adapter.persistence.shared.DomainValues;
import com.coinop.adapter.persistence.shared.StoredRows;
import com.coinop.domain.recharge.RechargeOrder;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** {@link RechargeOrder} ↔ {@link RechargeOrderDO}; reading goes through the record's validating constructor. */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, uses = DomainValues.class,
        unmappedTargetPolicy = ReportingPolicy.ERROR)
interface RechargeOrderConverter {

    /** The check schedule is not the order's: insert and claimCheck set it. */
    @Mapping(target = "nextCheckTime", ignore = true)
    @Mapping(target = "checkCount", ignore = true)
    RechargeOrderDO toRow(RechargeOrder order);

    /** Through {@link StoredRows}: a row the domain refuses is a server fault. */
    default RechargeOrder toDomain(RechargeOrderDO row) {
        return StoredRows.read("recharge_orders", row, RechargeOrderDO::getId, this::fromRow);
    }

    /** {@code close(now)} looks like a fluent setter to MapStruct; it is a transition, never a property. */
    @Mapping(target = "close", ignore = true)
    RechargeOrder fromRow(RechargeOrderDO row);
}
