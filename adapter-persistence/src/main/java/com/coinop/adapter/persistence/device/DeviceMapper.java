package com.coinop.adapter.persistence.device;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code devices}; SQL in {@code DeviceMapper.xml} beside it (MyBatis loads it with the interface). */
@Mapper
interface DeviceMapper {

    int upsert(DeviceDO row);

    DeviceDO findById(@Param("id") long id);
}
