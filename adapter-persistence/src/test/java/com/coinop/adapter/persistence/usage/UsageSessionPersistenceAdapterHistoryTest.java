package com.coinop.adapter.persistence.usage;

import com.coinop.adapter.persistence.shared.HistoryBookmark;
import com.coinop.adapter.persistence.shared.HistoryBookmarks;
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

/** {@link UsageSessionPersistenceAdapter} as the {@link ExpenseHistoryPort}: a deep page, and pages from bookmarks. */
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

    @Autowired
    private UsageSessionMapper mapper;

    @Override
    protected ExpenseHistoryPort expenseHistoryPort() {
        return adapter;
    }

    @Test
    void page_500_of_ten_thousand_expenses_is_the_right_twenty_rows() {
        UserId heavy = fixtures.user().id();
        Device device = fixtures.device();
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
        insertEndedSessions(heavy, device, start, 1);
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

    @Test
    void pages_from_bookmarks_are_the_plain_pages_before_and_after_new_sessions_end() {
        UserId heavy = fixtures.user().id();
        Device device = fixtures.device();
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
        // seven sessions end in each minute: bookmarks fall inside runs of equal end times
        insertEndedSessions(heavy, device, start, 7);
        assertEveryPageIsThePlainPage(heavy, null, null);

        // one that ends after all of them, and one ended by the ending job at a paid minute long past, between
        // the bookmarks read above: each moves the rows after it one place on
        fixtures.endedSessionRecord(heavy, device, start.plusDays(30), start.plusDays(30).plusMinutes(5));
        fixtures.endedSessionRecord(heavy, device, start.plusMinutes(100), start.plusMinutes(700));
        assertEveryPageIsThePlainPage(heavy, null, null);
    }

    @Test
    void pages_within_time_bounds_are_the_plain_pages() {
        UserId heavy = fixtures.user().id();
        Device device = fixtures.device();
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
        insertEndedSessions(heavy, device, start, 7);

        assertEveryPageIsThePlainPage(heavy, start.plusMinutes(10), null);
        assertEveryPageIsThePlainPage(heavy, null, start.plusMinutes(1_000));
        assertEveryPageIsThePlainPage(heavy, start.plusMinutes(10), start.plusMinutes(1_000));
    }

    @Test
    void the_database_refuses_a_bookmark_once_another_session_has_ended() {
        UserId heavy = fixtures.user().id();
        Device device = fixtures.device();
        insertEndedSessions(heavy, device, LocalDateTime.of(2025, 1, 1, 0, 0), 1);
        HistoryBookmark bookmark = mapper.endedBookmark(heavy.value(), 5_000, false);
        assertThat(mapper.findEndedAfter(heavy.value(), bookmark, 0, 20, false)).hasSize(20);

        fixtures.endedSessionRecord(heavy, device, LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 1, 1, 1, 0));

        assertThat(mapper.findEndedAfter(heavy.value(), bookmark, 0, 20, false)).isEmpty();
        assertThat(mapper.endedBookmark(heavy.value(), 5_000, false).getVersion()).isEqualTo(bookmark.getVersion() + 1);
        assertThat(mapper.endedBookmark(heavy.value(), ROWS + 1, false)).isNull();
    }

    /** Every page the adapter reads, deep ones from bookmarks, is the page the plain query walks to. */
    private void assertEveryPageIsThePlainPage(UserId userId, LocalDateTime from, LocalDateTime to) {
        long total = adapter.countEnded(userId, new HistoryWindow(from, to, 0, 1));
        int step = HistoryBookmarks.STEP;
        long[] offsets = {0, 1, step - 1, step, step + 1, 2L * step - 1, 2L * step + 37, total / 2 - 20, total / 2,
                total - step - 1, total - step, total - 21, total - 20, total - 1, total, total + 1};
        for (boolean oldestFirst : new boolean[] {false, true}) {
            for (long offset : offsets) {
                for (int limit : new int[] {1, 20, 100}) {
                    HistoryWindow window = new HistoryWindow(from, to, Math.max(0, offset), limit, oldestFirst);
                    // twice: the first read may have made the bookmark that the second one uses
                    for (int read = 0; read < 2; read++) {
                        assertThat(adapter.findEnded(userId, window))
                                .as("offset %d, limit %d, oldest first %s, of %d", window.offset(), limit, oldestFirst, total)
                                .containsExactlyElementsOf(mapper.findEnded(userId.value(), from, to, window.offset(),
                                        limit, oldestFirst));
                    }
                }
            }
        }
    }

    private void insertEndedSessions(UserId userId, Device device, LocalDateTime start, int perMinute) {
        for (int from = 0; from < ROWS; from += 1_000) {
            StringJoiner values = new StringJoiner(",");
            for (int i = from; i < from + 1_000; i++) {
                String endTime = "'" + start.plusMinutes(i / perMinute).toString().replace('T', ' ') + "'";
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
