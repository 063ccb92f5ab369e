package com.coinop.adapter.persistence.account;

import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link LedgerPersistenceAdapter} as the {@link LedgerPort}, and the row it writes. */
class LedgerPersistenceAdapterTest extends LedgerPortContract {

    @Autowired
    private LedgerPersistenceAdapter adapter;

    @Autowired
    private JdbcTemplate jdbc;

    @Override
    protected LedgerPort ledgerPort() {
        return adapter;
    }

    @Test
    void a_debit_is_stored_as_a_negative_amount_with_the_balance_after() {
        UserId user = fixtures.user().id();
        LocalDateTime at = LocalDateTime.of(2026, 7, 2, 10, 11, 12);
        adapter.append(new LedgerEntry(user, LedgerKind.USAGE, "42", Money.ofFen(125), Money.ofFen(875), at));

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT kind, reference, amount, balance_after, ctime FROM ledger_entries WHERE user_id = ?", user.value());

        assertThat(row).containsEntry("kind", "USAGE").containsEntry("reference", "42")
                .containsEntry("amount", -125L).containsEntry("balance_after", 875L).containsEntry("ctime", at);
    }
}
