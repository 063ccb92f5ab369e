package com.coinop.adapter.persistence.usage;

import com.coinop.adapter.persistence.shared.StoredRows;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.money.Money;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.usage.UsageState;
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
 * Reads a whole {@code usage_sessions} row straight into a {@link UsageSession}, for the history pages
 * (the statements whose {@code resultType} is {@link UsageSession}). MyBatis maps a row of a result map
 * by reflection, looking every column up by its upper-cased name: a profile of the expense list showed
 * that and the row object in between costing more than the page's SQL (bench/README.md). What the
 * domain refuses is a server fault, as through {@link StoredRows}.
 */
@MappedTypes(UsageSession.class)
public class UsageSessionRowReader implements TypeHandler<UsageSession> {

    @Override
    public UsageSession getResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs);
    }

    @Override
    public UsageSession getResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs);
    }

    static UsageSession read(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Long deviceId = nullableLong(rs, "device_id");
        String state = rs.getString("state");
        String endReason = rs.getString("end_reason");
        Long pricePerMinute = nullableLong(rs, "price_per_minute");
        Long cost = nullableLong(rs, "cost");
        Long unpaid = nullableLong(rs, "unpaid");
        DeviceLocation location = new DeviceLocation(rs.getString("province"), rs.getString("city"),
                rs.getString("area"), rs.getString("location"));
        long userId = rs.getLong("user_id");
        long costSeconds = rs.getLong("cost_seconds");
        LocalDateTime startTime = rs.getObject("start_time", LocalDateTime.class);
        LocalDateTime endTime = rs.getObject("end_time", LocalDateTime.class);
        LocalDateTime utime = rs.getObject("utime", LocalDateTime.class);
        return StoredRows.read("usage_sessions", id, stored -> stored, stored -> new UsageSession(new UsageSessionId(id),
                new UserId(userId), deviceId == null ? null : new DeviceId(deviceId), location,
                pricePerMinute == null ? null : Money.ofFen(pricePerMinute),
                state == null ? null : UsageState.valueOf(state), startTime, endTime, costSeconds,
                cost == null ? null : Money.ofFen(cost), unpaid == null ? null : Money.ofFen(unpaid),
                endReason == null ? null : UsageEndReason.valueOf(endReason), utime));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    @Override
    public UsageSession getResult(CallableStatement cs, int columnIndex) {
        throw new UnsupportedOperationException("a usage session is read from a result set only");
    }

    @Override
    public void setParameter(PreparedStatement ps, int i, UsageSession parameter, JdbcType jdbcType) {
        throw new UnsupportedOperationException("a usage session is written through UsageSessionDO");
    }
}
