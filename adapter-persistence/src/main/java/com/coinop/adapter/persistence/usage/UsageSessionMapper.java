package com.coinop.adapter.persistence.usage;

import com.coinop.adapter.persistence.shared.HistoryBookmark;
import com.coinop.application.usage.port.out.SessionInProgress;
import com.coinop.domain.usage.UsageSession;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.LocalDateTime;
import java.util.List;

/** Statements on {@code usage_sessions}; SQL in {@code UsageSessionMapper.xml} beside it (MyBatis loads it with the interface). */
@Mapper
interface UsageSessionMapper {

    int insert(UsageSessionDO row);

    UsageSessionDO findById(@Param("id") long id);

    UsageSessionDO findActiveByUser(@Param("userId") long userId);

    UsageSessionDO findActiveByDevice(@Param("deviceId") long deviceId);

    /** Read by {@link SessionInProgressRowReader}. */
    List<SessionInProgress> findInProgress(@Param("after") long after, @Param("limit") int limit);

    List<UsageSessionDO> findActiveOnDevices(@Param("deviceIds") List<Long> deviceIds);

    long countUnpaid();

    List<UsageSessionDO> findUnpaid(@Param("offset") long offset, @Param("limit") int limit);

    int markEnded(UsageSessionDO ended);

    Long endedSessionCount(@Param("userId") long userId);

    long countEnded(@Param("userId") long userId, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** Read by {@link UsageSessionRowReader}. */
    List<UsageSession> findEnded(@Param("userId") long userId, @Param("from") LocalDateTime from,
                                 @Param("to") LocalDateTime to, @Param("offset") long offset,
                                 @Param("limit") int limit, @Param("oldestFirst") boolean oldestFirst);

    HistoryBookmark endedBookmark(@Param("userId") long userId, @Param("position") long position,
                                  @Param("oldestFirst") boolean oldestFirst);

    /** Read by {@link UsageSessionRowReader}; empty when the bookmark is stale. */
    List<UsageSession> findEndedAfter(@Param("userId") long userId, @Param("bookmark") HistoryBookmark bookmark,
                                      @Param("offset") long offset, @Param("limit") int limit,
                                      @Param("oldestFirst") boolean oldestFirst);
}
