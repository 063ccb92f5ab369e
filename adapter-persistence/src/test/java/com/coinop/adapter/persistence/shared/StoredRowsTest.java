package com.coinop.adapter.persistence.shared;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.shared.StoredRows.UnreadableRowException;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.LoadUserProfilePort;
import com.coinop.application.history.port.out.ExpenseHistoryPort;
import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.application.history.port.out.RechargeHistoryPort;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A row the domain refuses, written behind the application's back, is read as a server fault that
 * names the table and the row, never as an {@link InvalidValueException} that would blame the caller.
 */
class StoredRowsTest extends PersistenceIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    /** The rows a test broke: gone afterwards, so no later test of this context reads them. */
    private final List<String> brokenRows = new ArrayList<>();

    @Autowired
    private LoadUserPort loadUserPort;

    @Autowired
    private LoadUserProfilePort loadUserProfilePort;

    @Autowired
    private UsageSessionPort usageSessionPort;

    @Autowired
    private RechargeOrderPort rechargeOrderPort;

    @Autowired
    private ExpenseHistoryPort expenseHistoryPort;

    @Autowired
    private RechargeHistoryPort rechargeHistoryPort;

    @AfterEach
    void removeBrokenRows() {
        brokenRows.forEach(jdbc::update);
    }

    @Test
    void a_user_row_with_a_malformed_mobile_is_a_server_fault_naming_the_row() {
        User user = fixtures.user();
        jdbc.update("UPDATE users SET mobile = '12' WHERE id = ?", user.id().value());
        brokenRows.add("DELETE FROM users WHERE id = " + user.id().value());

        assertThatThrownBy(() -> loadUserPort.findById(user.id()))
                .isInstanceOf(UnreadableRowException.class)
                .isNotInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("users row " + user.id().value() + " ")
                .hasCauseInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> loadUserProfilePort.findProfile(user.id())).isInstanceOf(UnreadableRowException.class);
    }

    @Test
    void a_usage_session_row_without_a_valid_user_is_a_server_fault_naming_the_row() {
        UsageSession session = fixtures.startedSession(fixtures.user().id(), fixtures.device(),
                LocalDateTime.of(2026, 3, 4, 5, 6, 7));
        jdbc.update("UPDATE usage_sessions SET user_id = 0 WHERE id = ?", session.id().value());
        brokenRows.add("DELETE FROM usage_sessions WHERE id = " + session.id().value());

        assertThatThrownBy(() -> usageSessionPort.findById(session.id()))
                .isInstanceOf(UnreadableRowException.class)
                .hasMessageStartingWith("usage_sessions row " + session.id().value() + " ");
    }

    @Test
    void an_expense_row_in_a_history_page_without_a_valid_machine_is_a_server_fault_naming_the_row() {
        UserId user = fixtures.user().id();
        UsageSession session = fixtures.endedSessionRecord(user, fixtures.device(), LocalDateTime.of(2026, 3, 4, 5, 6, 7),
                LocalDateTime.of(2026, 3, 4, 6, 6, 7));
        jdbc.update("UPDATE usage_sessions SET device_id = 0 WHERE id = ?", session.id().value());
        brokenRows.add("DELETE FROM usage_sessions WHERE id = " + session.id().value());

        assertThatThrownBy(() -> expenseHistoryPort.findEnded(user, new HistoryWindow(null, null, 0, 20)))
                .isInstanceOf(UnreadableRowException.class)
                .hasMessageStartingWith("usage_sessions row " + session.id().value() + " ");
    }

    @Test
    void a_recharge_row_in_a_history_page_with_a_blank_transaction_id_is_a_server_fault_naming_the_row() {
        UserId user = fixtures.user().id();
        RechargeOrder order = fixtures.paidOrderRecord(user, Money.ofYuan(5), LocalDateTime.of(2026, 3, 4, 5, 6, 7));
        jdbc.update("UPDATE recharge_orders SET transaction_id = ' ' WHERE out_trade_no = ?", order.outTradeNo().value());
        brokenRows.add("DELETE FROM recharge_orders WHERE out_trade_no = '" + order.outTradeNo().value() + "'");

        assertThatThrownBy(() -> rechargeHistoryPort.findPaid(user, new HistoryWindow(null, null, 0, 20)))
                .isInstanceOf(UnreadableRowException.class)
                .hasMessageStartingWith("recharge_orders row ")
                .hasCauseInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_recharge_order_row_without_a_valid_user_is_a_server_fault_naming_the_row() {
        RechargeOrder order = fixtures.createdOrder(fixtures.user().id(), Money.ofYuan(5));
        jdbc.update("UPDATE recharge_orders SET user_id = 0 WHERE id = ?", order.id().value());
        brokenRows.add("DELETE FROM recharge_orders WHERE id = " + order.id().value());

        assertThatThrownBy(() -> rechargeOrderPort.findByOutTradeNo(order.outTradeNo()))
                .isInstanceOf(UnreadableRowException.class)
                .hasMessageStartingWith("recharge_orders row " + order.id().value() + " ");
    }
}
