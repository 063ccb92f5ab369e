package com.coinop.adapter.persistence.recharge;

import com.coinop.adapter.persistence.shared.StoredRows;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.RechargeOrderId;
import com.coinop.domain.recharge.RechargeStatus;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.user.UserId;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;
import org.apache.ibatis.type.TypeHandler;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * Reads a whole {@code recharge_orders} row straight into a {@link RechargeOrder}, for the history pages
 * (the statements whose {@code resultType} is {@link RechargeOrder}): no reflective result map and no
 * row object in between, which a profile of the lists showed costing more than their SQL
 * (bench/README.md). What the domain refuses is a server fault, as through {@link StoredRows}.
 */
@MappedTypes(RechargeOrder.class)
public class RechargeOrderRowReader implements TypeHandler<RechargeOrder> {

    @Override
    public RechargeOrder getResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs);
    }

    @Override
    public RechargeOrder getResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs);
    }

    static RechargeOrder read(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        long userId = rs.getLong("user_id");
        String outTradeNo = rs.getString("out_trade_no");
        long amount = rs.getLong("amount");
        boolean noAmount = rs.wasNull();
        String status = rs.getString("status");
        String transactionId = rs.getString("transaction_id");
        LocalDateTime payTime = rs.getObject("pay_time", LocalDateTime.class);
        LocalDateTime expireTime = rs.getObject("expire_time", LocalDateTime.class);
        LocalDateTime ctime = rs.getObject("ctime", LocalDateTime.class);
        LocalDateTime utime = rs.getObject("utime", LocalDateTime.class);
        return StoredRows.read("recharge_orders", id, stored -> stored, stored -> new RechargeOrder(
                new RechargeOrderId(id), new UserId(userId), outTradeNo == null ? null : new OutTradeNo(outTradeNo),
                noAmount ? null : Money.ofFen(amount), status == null ? null : RechargeStatus.valueOf(status),
                transactionId == null ? null : new TransactionId(transactionId), payTime, expireTime, ctime, utime));
    }

    @Override
    public RechargeOrder getResult(CallableStatement cs, int columnIndex) {
        throw new UnsupportedOperationException("a recharge order is read from a result set only");
    }

    @Override
    public void setParameter(PreparedStatement ps, int i, RechargeOrder parameter, JdbcType jdbcType) {
        throw new UnsupportedOperationException("a recharge order is written through RechargeOrderDO");
    }
}
