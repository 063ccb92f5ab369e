package com.coinop.adapter.persistence.recharge;

import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.adapter.persistence.shared.HistoryBookmark;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.LocalDateTime;
import java.util.List;

/** Statements on {@code recharge_orders}; SQL in {@code RechargeOrderMapper.xml} beside it (MyBatis loads it with the interface). */
@Mapper
interface RechargeOrderMapper {

    int insert(RechargeOrderDO row);

    RechargeOrderDO findByOutTradeNo(@Param("outTradeNo") String outTradeNo);

    long countOpen(@Param("userId") long userId);

    LocalDateTime earliestOpenExpiry(@Param("userId") long userId);

    int markPaid(RechargeOrderDO paid);

    int markClosed(@Param("closed") RechargeOrderDO closed, @Param("nextCheckTime") LocalDateTime nextCheckTime);

    int confirmClosed(@Param("outTradeNo") String outTradeNo);

    List<RechargeOrderDO> findDueChecks(@Param("now") LocalDateTime now, @Param("limit") int limit);

    int claimCheck(@Param("outTradeNo") String outTradeNo, @Param("due") LocalDateTime due,
                   @Param("next") LocalDateTime next);

    Long paidRechargeCount(@Param("userId") long userId);

    long countPaid(@Param("userId") long userId, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** Read by {@link RechargeOrderRowReader}. */
    List<RechargeOrder> findPaid(@Param("userId") long userId, @Param("from") LocalDateTime from,
                                 @Param("to") LocalDateTime to, @Param("offset") long offset,
                                 @Param("limit") int limit, @Param("oldestFirst") boolean oldestFirst);

    HistoryBookmark paidBookmark(@Param("userId") long userId, @Param("position") long position,
                                 @Param("oldestFirst") boolean oldestFirst);

    /** Read by {@link RechargeOrderRowReader}; empty when the bookmark is stale. */
    List<RechargeOrder> findPaidAfter(@Param("userId") long userId, @Param("bookmark") HistoryBookmark bookmark,
                                      @Param("offset") long offset, @Param("limit") int limit,
                                      @Param("oldestFirst") boolean oldestFirst);
}
