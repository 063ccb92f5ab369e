package com.coinop.adapter.persistence.ledger;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code ledger_entries}; SQL in {@code mapper/persistence/LedgerEntryMapper.xml}. */
@Mapper
interface LedgerEntryMapper {

    int insert(LedgerEntryDO row);

    long sumByUser(@Param("userId") long userId);
}
