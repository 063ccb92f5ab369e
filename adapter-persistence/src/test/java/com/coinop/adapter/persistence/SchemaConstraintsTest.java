package com.coinop.adapter.persistence;

import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.user.User;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses rows that break the money rules, whatever SQL reaches it: the last line
 * of defence behind the adapters' conditional updates. Each refusal must name the constraint: MariaDB
 * reports a failed CHECK as SQLSTATE 23000 (Spring: a data integrity violation), MySQL 8 as HY000
 * error 3819 (Spring: uncategorized), so the name is what both servers have in common.
 */
class SchemaConstraintsTest extends PersistenceIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Flyway flyway;

    @Test
    void flyway_applied_every_migration_and_none_failed() {
        assertThat(flyway.info().pending()).as("migrations not applied").isEmpty();
        assertThat(flyway.info().applied()).as("migrations applied").isNotEmpty()
                .allSatisfy(migration -> assertThat(migration.getState().isFailed()).as(migration.getScript()).isFalse());
    }

    @Test
    void a_balance_below_zero_is_refused() {
        User user = fixtures.userWithBalance(Money.ofFen(100));

        assertRefusedBy("ck_users_balance_not_negative", () -> jdbc.update(
                "UPDATE users SET used_account = used_account + 101, balance_account = balance_account - 101 WHERE id = ?",
                user.id().value()));
    }

    @Test
    void a_balance_that_is_not_total_minus_used_is_refused() {
        User user = fixtures.userWithBalance(Money.ofFen(100));

        assertRefusedBy("ck_users_balance_derived", () -> jdbc.update(
                "UPDATE users SET total_account = total_account + 1 WHERE id = ?", user.id().value()));
        assertThat(jdbc.queryForObject("SELECT total_account FROM users WHERE id = ?", Long.class, user.id().value()))
                .isEqualTo(100);
    }

    @Test
    void a_machine_secret_shorter_than_32_characters_is_refused() {
        long device = fixtures.device().id().value();

        assertRefusedBy("ck_devices_secret", () -> jdbc.update("UPDATE devices SET secret = ? WHERE id = ?",
                "0123456789abcdef", device));
        assertThat(jdbc.queryForObject("SELECT secret FROM devices WHERE id = ?", String.class, device)).isNull();
    }

    @Test
    void a_paid_order_without_transaction_or_pay_time_is_refused() {
        RechargeOrder order = fixtures.createdOrder(fixtures.user().id(), Money.ofFen(100));

        // next_check_time goes too, so that only the constraint under test is broken: MySQL and MariaDB
        // report different ones of several
        assertRefusedBy("ck_recharge_paid_fields", () -> jdbc.update(
                "UPDATE recharge_orders SET status = 'PAID', next_check_time = NULL WHERE id = ?", order.id().value()));
    }

    @Test
    void a_waiting_order_without_a_next_check_and_a_paid_order_with_one_are_refused() {
        RechargeOrder order = fixtures.createdOrder(fixtures.user().id(), Money.ofFen(100));

        assertRefusedBy("ck_recharge_checks", () -> jdbc.update(
                "UPDATE recharge_orders SET next_check_time = NULL WHERE id = ?", order.id().value()));
        assertRefusedBy("ck_recharge_checks", () -> jdbc.update("UPDATE recharge_orders SET status = 'PAID',"
                + " transaction_id = '4200000000000000000000000001', pay_time = NOW() WHERE id = ?", order.id().value()));
    }

    @Test
    void a_ledger_entry_of_zero_or_with_a_negative_balance_is_refused() {
        long user = fixtures.user().id().value();

        assertRefusedBy("ck_ledger_amount", () -> jdbc.update("INSERT INTO ledger_entries (user_id, kind, reference,"
                + " amount, balance_after, ctime) VALUES (?, 'RECHARGE', 'zero', 0, 0, NOW())", user));
        assertRefusedBy("ck_ledger_balance_after", () -> jdbc.update("INSERT INTO ledger_entries (user_id, kind,"
                + " reference, amount, balance_after, ctime) VALUES (?, 'USAGE', 'neg', -5, -5, NOW())", user));
    }

    @Test
    void an_ended_session_must_have_an_end_time() {
        long user = fixtures.user().id().value();
        long device = fixtures.device().id().value();

        assertRefusedBy("ck_usage_end_time", () -> jdbc.update("INSERT INTO usage_sessions (user_id, device_id,"
                + " province, city, area, location, price_per_minute, state, start_time, end_reason, utime)"
                + " VALUES (?, ?, 'p', 'c', 'a', 'l', 50, 'ENDED', NOW(), 'USER', NOW())", user, device));
    }

    @Test
    void an_ended_session_has_a_known_reason_and_only_an_ended_one_an_unpaid_part() {
        long user = fixtures.user().id().value();
        long device = fixtures.device().id().value();
        String ended = "INSERT INTO usage_sessions (user_id, device_id, province, city, area, location, price_per_minute,"
                + " state, start_time, end_time, unpaid, end_reason, utime) VALUES (?, ?, 'p', 'c', 'a', 'l', 50, 'ENDED',"
                + " NOW(), NOW(), ?, ?, NOW())";

        assertRefusedBy("ck_usage_end_reason", () -> jdbc.update(ended, user, device, 0, null));
        assertRefusedBy("ck_usage_end_reason", () -> jdbc.update(ended, user, device, 0, "BORED"));
        assertRefusedBy("ck_usage_unpaid", () -> jdbc.update(ended, user, device, -1, "USER"));
        assertRefusedBy("ck_usage_unpaid", () -> jdbc.update("INSERT INTO usage_sessions (user_id, device_id, province,"
                + " city, area, location, price_per_minute, state, start_time, unpaid, utime) VALUES (?, ?, 'p', 'c', 'a',"
                + " 'l', 50, 'STARTED', NOW(), 5, NOW())", user, device));
    }

    private static void assertRefusedBy(String constraint, ThrowingCallable statement) {
        assertThatThrownBy(statement).isInstanceOf(DataAccessException.class).hasMessageContaining(constraint);
    }
}
