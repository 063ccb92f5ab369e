package com.coinop.adapter.persistence.usage;

import com.coinop.adapter.persistence.testing.ExplainPlan;
import com.coinop.application.history.port.out.ExpenseHistoryPort;
import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.domain.device.Device;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.UserId;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link UsageSessionPersistenceAdapter} as the {@link ExpenseHistoryPort}, and a deep page. */
class UsageSessionPersistenceAdapterHistoryTest extends ExpenseHistoryPortContract {

    private static final int ROWS = 10_000;
    private static final String NEWEST_FIRST_INDEX = "idx_usage_user_state_end_time_desc";
    private static final String OLDEST_FIRST_INDEX = "idx_usage_user_state_end_time_asc";

    @Autowired
    private UsageSessionPersistenceAdapter adapter;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SqlSessionFactory sqlSessionFactory;

    @Autowired
    private DataSource dataSource;

    @Override
    protected ExpenseHistoryPort expenseHistoryPort() {
        return adapter;
    }

    @Test
    void page_500_of_ten_thousand_expenses_is_the_right_twenty_rows() {
        UserId heavy = fixtures.user().id();
        Device device = fixtures.device();
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
        insertEndedSessions(heavy, device, start);
        HistoryWindow page500 = new HistoryWindow(null, null, 499L * 20, 20);

        List<UsageSession> page = adapter.findEnded(heavy, page500);

        // a bounded window counts the rows themselves (the unbounded total is the user's counter, set above)
        assertThat(adapter.countEnded(heavy, new HistoryWindow(start, null, 0, 20))).isEqualTo(ROWS);
        assertThat(page).extracting(UsageSession::endTime).containsExactlyElementsOf(IntStream.range(0, 20)
                .mapToObj(i -> start.plusMinutes(ROWS - 1 - 9_980 - i)).toList());
    }

    @Test
    void the_page_query_walks_the_covering_index_and_joins_back_by_primary_key_from_either_end() {
        for (boolean oldestFirst : new boolean[] {false, true}) {
            ExplainPlan.ofHistoryPage(sqlSessionFactory, dataSource, UsageSessionMapper.class.getName() + ".findEnded",
                    fixtures.user().id().value(), oldestFirst)
                    .assertWalksIndexAndJoinsBack(oldestFirst ? OLDEST_FIRST_INDEX : NEWEST_FIRST_INDEX, "s");
        }
    }

    private void insertEndedSessions(UserId userId, Device device, LocalDateTime start) {
        for (int from = 0; from < ROWS; from += 1_000) {
            StringJoiner values = new StringJoiner(",");
            for (int i = from; i < from + 1_000; i++) {
                String endTime = "'" + start.plusMinutes(i).toString().replace('T', ' ') + "'";
                values.add("(" + userId.value() + "," + device.id().value() + ",'广东省','深圳市','南山区','科技园',50,"
                        + "'ENDED'," + endTime + "," + endTime + ",0,0,'USER'," + endTime + ")");
            }
            jdbc.update("INSERT INTO usage_sessions (user_id, device_id, province, city, area, location,"
                    + " price_per_minute, state, start_time, end_time, cost_seconds, cost, end_reason, utime) VALUES " + values);
        }
        // rows inserted behind markPaid/markEnded: keep the user's count in step with them, as the bench seed does
        jdbc.update("UPDATE users SET ended_session_count = ended_session_count + ? WHERE id = ?", ROWS, userId.value());
        jdbc.execute("ANALYZE TABLE usage_sessions");
    }
}
