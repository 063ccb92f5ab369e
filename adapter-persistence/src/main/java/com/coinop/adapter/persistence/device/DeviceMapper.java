package com.coinop.adapter.persistence.device;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.LocalDateTime;
import java.util.List;

/** Statements on {@code devices}; SQL in {@code DeviceMapper.xml} beside it (MyBatis loads it with the interface). */
@Mapper
interface DeviceMapper {

    int upsert(DeviceDO row);

    int insert(DeviceDO row);

    /** Rows found, changed or not (Connector/J reports matched rows): 0 only when there is no such machine. */
    int update(DeviceDO row);

    DeviceDO findById(@Param("id") long id);

    DeviceDO findCredentials(@Param("id") long id);

    int saveSecret(@Param("id") long id, @Param("secret") String secret, @Param("utime") LocalDateTime utime);

    int recordHeartbeat(@Param("id") long id, @Param("at") LocalDateTime at);

    List<DeviceDO> findHeartbeats(@Param("ids") List<Long> ids);
    DeviceDO lockById(@Param("id") long id);

    long count();

    List<DeviceDO> findPage(@Param("offset") long offset, @Param("limit") int limit);
}
