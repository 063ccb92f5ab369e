package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.shared.DomainValues;
import com.coinop.adapter.persistence.shared.StoredRows;
import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** {@link LedgerEntry} ↔ {@link LedgerEntryDO}: the row keeps the signed amount, so SUM(amount) is the balance. */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, uses = DomainValues.class,
        unmappedTargetPolicy = ReportingPolicy.ERROR)
interface LedgerEntryConverter {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "kind", source = "reference.kind")
    @Mapping(target = "reference", source = "reference.value")
    @Mapping(target = "amount", expression = "java(entry.signedFen())")
    LedgerEntryDO toRow(LedgerEntry entry);

    /** The row's signed amount back to the entry's amount, whose sign the kind gives. */
    default LedgerEntry toDomain(LedgerEntryDO row) {
        return StoredRows.read("ledger_entries", row, LedgerEntryDO::getId, stored -> new LedgerEntry(
                DomainValues.userId(stored.getUserId()),
                new LedgerReference(LedgerKind.valueOf(stored.getKind()), stored.getReference()),
                Money.ofFen(Math.abs(stored.getAmount())), Money.ofFen(stored.getBalanceAfter()), stored.getCtime()));
    }
}
