package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.shared.DomainValues;
import com.coinop.domain.ledger.LedgerEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** {@link LedgerEntry} → {@link LedgerEntryDO}: the row keeps the signed amount, so SUM(amount) is the balance. */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, uses = DomainValues.class,
        unmappedTargetPolicy = ReportingPolicy.ERROR)
interface LedgerEntryConverter {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "amount", expression = "java(entry.signedFen())")
    LedgerEntryDO toRow(LedgerEntry entry);
}
