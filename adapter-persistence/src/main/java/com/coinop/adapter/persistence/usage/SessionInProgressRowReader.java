package com.coinop.adapter.persistence.usage;

import com.coinop.adapter.persistence.shared.StoredRows;
import com.coinop.application.usage.port.out.SessionInProgress;
import com.coinop.domain.money.Money;
import com.coinop.domain.usage.UsageSession;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;
import org.apache.ibatis.type.TypeHandler;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Reads a row of {@code findInProgress}: a session's columns (as {@link UsageSessionRowReader} reads
 * them), its user's {@code balance_account} and its machine's {@code last_heartbeat_time}.
 */
@MappedTypes(SessionInProgress.class)
public class SessionInProgressRowReader implements TypeHandler<SessionInProgress> {

    @Override
    public SessionInProgress getResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs);
    }

    @Override
    public SessionInProgress getResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs);
    }

    private static SessionInProgress read(ResultSet rs) throws SQLException {
        UsageSession session = UsageSessionRowReader.read(rs);
        long balance = rs.getLong("balance_account");
        LocalDateTime lastHeartbeat = rs.getObject("last_heartbeat_time", LocalDateTime.class);
        return StoredRows.read("users", session.userId().value(), stored -> stored, stored -> new SessionInProgress(
                session, Money.ofFen(balance), Optional.ofNullable(lastHeartbeat)));
    }

    @Override
    public SessionInProgress getResult(CallableStatement cs, int columnIndex) {
        throw new UnsupportedOperationException("a session in progress is read from a result set only");
    }

    @Override
    public void setParameter(PreparedStatement ps, int i, SessionInProgress parameter, JdbcType jdbcType) {
        throw new UnsupportedOperationException("a session in progress is never a parameter");
    }
}
