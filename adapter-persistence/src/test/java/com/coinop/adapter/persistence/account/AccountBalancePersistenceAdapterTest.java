package com.coinop.adapter.persistence.account;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AccountBalancePersistenceAdapter} as the {@link AccountBalancePort}, and the ledger rows it writes. */
class AccountBalancePersistenceAdapterTest extends AccountBalancePortContract {

    @Autowired
    private AccountBalancePersistenceAdapter adapter;

    @Autowired
    private LedgerPort ledgerPort;

    @Autowired
    private TransactionPort transactionPort;

    @Autowired
    private LoadUserPort loadUserPort;

    @Autowired
    private JdbcTemplate jdbc;

    @Override
    protected AccountBalancePort accountBalancePort() {
        return adapter;
    }

    @Override
    protected LedgerPort ledgerPort() {
        return ledgerPort;
    }

    @Override
    protected TransactionPort transactionPort() {
        return transactionPort;
    }

    @Override
    protected LoadUserPort loadUserPort() {
        return loadUserPort;
    }

    @Test
    void a_debit_is_stored_as_a_negative_amount_with_the_balance_after() {
        UserId user = fixtures.userWithBalance(Money.ofFen(1_000)).id();
        LocalDateTime at = LocalDateTime.of(2026, 7, 2, 10, 11, 12);
        String reference = "usage-" + user.value();
        transactionPort.inTransaction(() ->
                adapter.debit(user, Money.ofFen(125), new LedgerReference(LedgerKind.USAGE, reference), at));

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT kind, reference, amount, balance_after, ctime FROM ledger_entries WHERE user_id = ? AND kind = 'USAGE'",
                user.value());

        assertThat(row).containsEntry("kind", "USAGE").containsEntry("reference", reference)
                .containsEntry("amount", -125L).containsEntry("balance_after", 875L).containsEntry("ctime", at);
    }
}
