package com.coinop.adapter.persistence.account;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.LocalDateTime;
import java.util.List;

/** Statements on {@code users}; SQL in {@code UserMapper.xml} beside it (MyBatis loads it with the interface). */
@Mapper
interface UserMapper {

    int insert(UserDO row);

    UserDO findById(@Param("id") long id);

    UserDO findByOpenid(@Param("openid") String openid);

    UserDO findByMobile(@Param("mobile") String mobile);

    int releaseOpenid(@Param("id") long id, @Param("openid") String openid, @Param("at") LocalDateTime at);

    int bindOpenid(@Param("id") long id, @Param("openid") String openid, @Param("at") LocalDateTime at);

    /** Rows found, changed or not (Connector/J reports matched rows): 0 only when there is no such user. */
    int updateWechatProfile(@Param("id") long id, @Param("nickName") String nickName,
                            @Param("headImgUrl") String headImgUrl, @Param("at") LocalDateTime at);

    /** Rows changed: 0 when there is no such user or it already is in {@code state}. */
    int changeState(@Param("id") long id, @Param("state") int state, @Param("at") LocalDateTime at);

    long count();

    List<UserDO> findPage(@Param("offset") long offset, @Param("limit") int limit);

    UserDO lockById(@Param("id") long id);

    Long balanceOf(@Param("id") long id);

    int credit(@Param("id") long id, @Param("fen") long fen, @Param("at") LocalDateTime at);

    int debit(@Param("id") long id, @Param("fen") long fen, @Param("at") LocalDateTime at);
}
