package com.coinop.adapter.persistence.recharge;

import com.coinop.adapter.persistence.testing.ExplainPlan;
import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.application.history.port.out.RechargeHistoryPort;
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

    @Override
    protected RechargeHistoryPort rechargeHistoryPort() {
        return adapter;
    }

    @Test
    void a_deep_page_of_ten_thousand_recharges_is_the_right_twenty_rows() {
        UserId heavy = fixtures.user().id();
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
        insertPaidRecharges(heavy, start);
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

    private void insertPaidRecharges(UserId userId, LocalDateTime start) {
        String prefix = Long.toString(System.nanoTime(), 36);
        for (int from = 0; from < ROWS; from += 1_000) {
            StringJoiner values = new StringJoiner(",");
            for (int i = from; i < from + 1_000; i++) {
                String payTime = "'" + start.plusMinutes(i).toString().replace('T', ' ') + "'";
                String expireTime = "'" + start.plusMinutes(i + 120L).toString().replace('T', ' ') + "'";
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
