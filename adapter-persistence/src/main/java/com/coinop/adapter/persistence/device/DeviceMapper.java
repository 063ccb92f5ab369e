package com.coinop.adapter.persistence.device;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.LocalDateTime;

/** Statements on {@code devices}; SQL in {@code DeviceMapper.xml} beside it (MyBatis loads it with the interface). */
@Mapper
interface DeviceMapper {

    int upsert(DeviceDO row);

    DeviceDO findById(@Param("id") long id);

    DeviceDO findCredentials(@Param("id") long id);

    int saveSecret(@Param("id") long id, @Param("secret") String secret, @Param("utime") LocalDateTime utime);

    int recordHeartbeat(@Param("id") long id, @Param("at") LocalDateTime at);

    LocalDateTime lastHeartbeat(@Param("id") long id);
}
