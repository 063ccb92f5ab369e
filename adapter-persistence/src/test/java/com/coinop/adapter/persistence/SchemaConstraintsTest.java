package com.coinop.adapter.persistence;

import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses rows that break the money rules, whatever SQL reaches it: the last line
 * of defence behind the adapters' conditional updates.
 */
class SchemaConstraintsTest extends PersistenceIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void flyway_applied_the_schema() {
        assertThat(jdbc.queryForObject("SELECT MAX(version) FROM flyway_schema_history WHERE success = 1", String.class))
                .isEqualTo("2");
    }

    @Test
    void a_balance_below_zero_is_refused() {
        User user = fixtures.userWithBalance(Money.ofFen(100));

        assertThatThrownBy(() -> jdbc.update(
                "UPDATE users SET used_account = used_account + 101, balance_account = balance_account - 101 WHERE id = ?",
                user.id().value())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_balance_that_is_not_total_minus_used_is_refused() {
        User user = fixtures.userWithBalance(Money.ofFen(100));

        assertThatThrownBy(() -> jdbc.update("UPDATE users SET total_account = total_account + 1 WHERE id = ?",
                user.id().value())).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT total_account FROM users WHERE id = ?", Long.class, user.id().value()))
                .isEqualTo(100);
    }

    @Test
    void a_paid_order_without_transaction_or_pay_time_is_refused() {
        RechargeOrder order = fixtures.createdOrder(fixtures.user().id(), Money.ofFen(100));

        assertThatThrownBy(() -> jdbc.update("UPDATE recharge_orders SET status = 'PAID' WHERE id = ?",
                order.id().value())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_ledger_entry_of_zero_or_with_a_negative_balance_is_refused() {
        long user = fixtures.user().id().value();

        assertThatThrownBy(() -> jdbc.update("INSERT INTO ledger_entries (user_id, kind, reference, amount, balance_after,"
                + " ctime) VALUES (?, 'RECHARGE', 'zero', 0, 0, NOW())", user))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO ledger_entries (user_id, kind, reference, amount, balance_after,"
                + " ctime) VALUES (?, 'USAGE', 'neg', -5, -5, NOW())", user))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void an_ended_session_must_have_an_end_time() {
        long user = fixtures.user().id().value();
        long device = fixtures.device().id().value();

        assertThatThrownBy(() -> jdbc.update("INSERT INTO usage_sessions (user_id, device_id, province, city, area,"
                + " location, price_per_minute, state, start_time, utime) VALUES (?, ?, 'p', 'c', 'a', 'l', 50, 'ENDED',"
                + " NOW(), NOW())", user, device)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
