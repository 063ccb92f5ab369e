package com.coinop.adapter.persistence.recharge;

import com.coinop.adapter.persistence.shared.HistoryBookmark;
import com.coinop.adapter.persistence.shared.HistoryBookmarks;
import com.coinop.adapter.persistence.testing.ExplainPlan;
import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.application.history.port.out.RechargeHistoryPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.RechargeOrder;
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

/** {@link RechargeOrderPersistenceAdapter} as the {@link RechargeHistoryPort}, and a deep page. */
class RechargeOrderPersistenceAdapterHistoryTest extends RechargeHistoryPortContract {

    private static final int ROWS = 10_000;
    private static final String NEWEST_FIRST_INDEX = "idx_recharge_user_status_pay_time_desc";
    private static final String OLDEST_FIRST_INDEX = "idx_recharge_user_status_pay_time_asc";

    @Autowired
    private RechargeOrderPersistenceAdapter adapter;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SqlSessionFactory sqlSessionFactory;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private RechargeOrderMapper mapper;

    @Override
    protected RechargeHistoryPort rechargeHistoryPort() {
        return adapter;
    }

    @Test
    void a_deep_page_of_ten_thousand_recharges_is_the_right_twenty_rows() {
        UserId heavy = fixtures.user().id();
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
        insertPaidRecharges(heavy, start, 1);
        HistoryWindow page500 = new HistoryWindow(null, null, 499L * 20, 20);

        List<RechargeOrder> page = adapter.findPaid(heavy, page500);

        // a bounded window counts the rows themselves (the unbounded total is the user's counter, set above)
        assertThat(adapter.countPaid(heavy, new HistoryWindow(start, null, 0, 20))).isEqualTo(ROWS);
        assertThat(page).extracting(RechargeOrder::payTime)
                .containsExactlyElementsOf(IntStream.range(0, 20)
                        .mapToObj(i -> start.plusMinutes(ROWS - 1 - 9_980 - i)).toList());
    }

    @Test
    void the_page_query_walks_the_covering_index_and_joins_back_by_primary_key_from_either_end() {
        for (boolean oldestFirst : new boolean[] {false, true}) {
            ExplainPlan.ofHistoryPage(sqlSessionFactory, dataSource, RechargeOrderMapper.class.getName() + ".findPaid",
                    fixtures.user().id().value(), oldestFirst)
                    .assertWalksIndexAndJoinsBack(oldestFirst ? OLDEST_FIRST_INDEX : NEWEST_FIRST_INDEX, "r");
        }
    }

    @Test
    void pages_from_bookmarks_are_the_plain_pages_before_and_after_new_recharges_are_paid() {
        UserId heavy = fixtures.user().id();
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
        // seven recharges paid in each minute: bookmarks fall inside runs of equal pay times
        insertPaidRecharges(heavy, start, 7);
        assertEveryPageIsThePlainPage(heavy, null, null);

        // one paid after all of them, and one whose payment time lies between the bookmarks read above
        // (a late notification of an old payment): each moves the rows after it one place on
        fixtures.paidOrderRecord(heavy, Money.ofFen(100), start.plusDays(30));
        fixtures.paidOrderRecord(heavy, Money.ofFen(100), start.plusMinutes(700));
        assertEveryPageIsThePlainPage(heavy, null, null);
    }

    @Test
    void pages_within_time_bounds_are_the_plain_pages() {
        UserId heavy = fixtures.user().id();
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
        insertPaidRecharges(heavy, start, 7);

        assertEveryPageIsThePlainPage(heavy, start.plusMinutes(10), null);
        assertEveryPageIsThePlainPage(heavy, null, start.plusMinutes(1_000));
        assertEveryPageIsThePlainPage(heavy, start.plusMinutes(10), start.plusMinutes(1_000));
    }

    @Test
    void the_database_refuses_a_bookmark_once_another_recharge_is_paid() {
        UserId heavy = fixtures.user().id();
        insertPaidRecharges(heavy, LocalDateTime.of(2025, 1, 1, 0, 0), 1);
        HistoryBookmark bookmark = mapper.paidBookmark(heavy.value(), 5_000, true);
        assertThat(mapper.findPaidAfter(heavy.value(), bookmark, 0, 20, true)).hasSize(20);

        fixtures.paidOrderRecord(heavy, Money.ofFen(100), LocalDateTime.of(2026, 1, 1, 0, 0));

        assertThat(mapper.findPaidAfter(heavy.value(), bookmark, 0, 20, true)).isEmpty();
        assertThat(mapper.paidBookmark(heavy.value(), 5_000, true).getVersion()).isEqualTo(bookmark.getVersion() + 1);
        assertThat(mapper.paidBookmark(heavy.value(), ROWS + 1, true)).isNull();
    }

    /** Every page the adapter reads, deep ones from bookmarks, is the page the plain query walks to. */
    private void assertEveryPageIsThePlainPage(UserId userId, LocalDateTime from, LocalDateTime to) {
        long total = adapter.countPaid(userId, new HistoryWindow(from, to, 0, 1));
        int step = HistoryBookmarks.STEP;
        long[] offsets = {0, 1, step - 1, step, step + 1, 2L * step - 1, 2L * step + 37, total / 2 - 20, total / 2,
                total - step - 1, total - step, total - 21, total - 20, total - 1, total, total + 1};
        for (boolean oldestFirst : new boolean[] {false, true}) {
            for (long offset : offsets) {
                for (int limit : new int[] {1, 20, 100}) {
                    HistoryWindow window = new HistoryWindow(from, to, Math.max(0, offset), limit, oldestFirst);
                    // twice: the first read may have made the bookmark that the second one uses
                    for (int read = 0; read < 2; read++) {
                        assertThat(adapter.findPaid(userId, window))
                                .as("offset %d, limit %d, oldest first %s, of %d", window.offset(), limit, oldestFirst, total)
                                .containsExactlyElementsOf(mapper.findPaid(userId.value(), from, to, window.offset(),
                                        limit, oldestFirst));
                    }
                }
            }
        }
    }

    private void insertPaidRecharges(UserId userId, LocalDateTime start, int perMinute) {
        String prefix = Long.toString(System.nanoTime(), 36);
        for (int from = 0; from < ROWS; from += 1_000) {
            StringJoiner values = new StringJoiner(",");
            for (int i = from; i < from + 1_000; i++) {
                String payTime = "'" + start.plusMinutes(i / perMinute).toString().replace('T', ' ') + "'";
                String expireTime = "'" + start.plusMinutes(i / perMinute + 120L).toString().replace('T', ' ') + "'";
                values.add("(" + userId.value() + ",'D" + prefix + "x" + i + "',100,'PAID','W" + prefix + "x" + i + "',"
                        + payTime + "," + expireTime + "," + payTime + "," + payTime + ")");
            }
            jdbc.update("INSERT INTO recharge_orders (user_id, out_trade_no, amount, status, transaction_id, pay_time,"
                    + " expire_time, ctime, utime) VALUES " + values);
        }
        // rows inserted behind markPaid/markEnded: keep the user's count in step with them, as the bench seed does
        jdbc.update("UPDATE users SET paid_recharge_count = paid_recharge_count + ? WHERE id = ?", ROWS, userId.value());
        jdbc.execute("ANALYZE TABLE recharge_orders");
    }
}
