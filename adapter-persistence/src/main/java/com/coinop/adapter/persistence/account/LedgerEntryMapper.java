package com.coinop.adapter.persistence.account;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;

/** Statements on {@code ledger_entries}; SQL in {@code LedgerEntryMapper.xml} beside it (MyBatis loads it with the interface). */
@Mapper
interface LedgerEntryMapper {

    int insert(LedgerEntryDO row);

    LedgerEntryDO findByReference(@Param("kind") String kind, @Param("reference") String reference);

    long sumByUser(@Param("userId") long userId);

    long countByUser(@Param("userId") long userId);

    List<LedgerEntryDO> findByUser(@Param("userId") long userId, @Param("offset") long offset,
                                   @Param("limit") int limit);
}
