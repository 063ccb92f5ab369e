package com.coinop.adapter.persistence.testing;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.SqlSessionFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's EXPLAIN of a real MyBatis statement, bound with real parameters, so a test checks the
 * plan of the SQL the adapter runs rather than of a copy.
 */
public final class ExplainPlan {

    private final List<Map<String, Object>> rows;

    private ExplainPlan(List<Map<String, Object>> rows) {
        this.rows = rows;
    }

    /** EXPLAIN of statement {@code statementId} (namespace.id) with {@code parameters} by name. */
    public static ExplainPlan of(SqlSessionFactory sessionFactory, DataSource dataSource, String statementId,
                                 Map<String, Object> parameters) {
        MappedStatement statement = sessionFactory.getConfiguration().getMappedStatement(statementId);
        BoundSql boundSql = statement.getBoundSql(parameters);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN " + boundSql.getSql())) {
            new DefaultParameterHandler(statement, parameters, boundSql).setParameters(explain);
            try (ResultSet resultSet = explain.executeQuery()) {
                return new ExplainPlan(read(resultSet));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot EXPLAIN " + statementId, e);
        }
    }

    /**
     * EXPLAIN of a history page statement (findPaid, findEnded) for {@code userId} over a year's window,
     * page 500 of 20, read newest first or oldest first.
     */
    public static ExplainPlan ofHistoryPage(SqlSessionFactory sessionFactory, DataSource dataSource,
                                            String statementId, long userId, boolean oldestFirst) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("userId", userId);
        parameters.put("from", LocalDateTime.of(2025, 1, 1, 0, 0));
        parameters.put("to", LocalDateTime.of(2026, 1, 1, 0, 0));
        parameters.put("offset", 9_980L);
        parameters.put("limit", 20);
        parameters.put("oldestFirst", oldestFirst);
        return of(sessionFactory, dataSource, statementId, parameters);
    }

    /**
     * Checks a deferred join: the offset is walked in {@code index} alone (covering, forward, no
     * filesort), the page's rows are read back from {@code table} by primary key, and the derived page is
     * the only full read. ("Backward index scan" is MySQL's word; MariaDB does not say.)
     */
    public void assertWalksIndexAndJoinsBack(String index, String table) {
        assertThat(String.valueOf(rowUsingIndex(index).get("extra"))).as("%s", rows).contains("Using index")
                .doesNotContain("filesort").doesNotContain("Backward");
        assertThat(rowUsingIndex("PRIMARY").get("table")).isEqualTo(table);
        // the derived table holds the page only (at most 20 ids); sorting it again is the one full read allowed
        assertThat(rows).noneMatch(row -> "ALL".equals(row.get("type"))
                && !String.valueOf(row.get("table")).startsWith("<derived"));
    }

    /** One map per plan row, keyed by lower-case column label (id, select_type, table, type, key, extra, …). */
    public List<Map<String, Object>> rows() {
        return rows;
    }

    /** The plan row reading {@code index}, if any. */
    public Map<String, Object> rowUsingIndex(String index) {
        return rows.stream().filter(row -> index.equals(row.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no plan row uses " + index + ": " + rows));
    }

    @Override
    public String toString() {
        return rows.toString();
    }

    private static List<Map<String, Object>> read(ResultSet resultSet) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (resultSet.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                row.put(meta.getColumnLabel(column).toLowerCase(), resultSet.getObject(column));
            }
            rows.add(row);
        }
        return rows;
    }
}
