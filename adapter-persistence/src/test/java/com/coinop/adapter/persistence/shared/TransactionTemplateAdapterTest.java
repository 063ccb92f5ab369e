package com.coinop.adapter.persistence.shared;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.shared.port.out.TransactionPort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DeadlockLoserDataAccessException;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link TransactionTemplateAdapter} as the {@link TransactionPort} (the contract runs a real deadlock), and
 * how its retries end.
 */
class TransactionTemplateAdapterTest extends TransactionPortContract {

    @Autowired
    private TransactionTemplateAdapter adapter;

    @Autowired
    private AccountBalancePort accountBalancePort;

    @Autowired
    private LedgerPort ledgerPort;

    @Autowired
    private LoadUserPort loadUserPort;

    @Test
    void a_transaction_that_keeps_losing_is_answered_as_a_database_outage_after_the_last_attempt() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> adapter.inTransaction(() -> {
            runs.incrementAndGet();
            throw new DeadlockLoserDataAccessException("deadlock", null);
        })).isInstanceOfSatisfying(DependencyUnavailableException.class,
                e -> assertThat(e.dependency()).isEqualTo("database"));
        assertThat(runs).hasValue(TransactionTemplateAdapter.ATTEMPTS);
    }

    @Test
    void a_nested_call_never_retries_on_its_own() {
        AtomicInteger inner = new AtomicInteger();

        assertThatThrownBy(() -> adapter.inTransaction(() -> adapter.inTransaction(() -> {
            inner.incrementAndGet();
            throw new DeadlockLoserDataAccessException("deadlock", null);
        }))).isInstanceOf(DependencyUnavailableException.class);
        assertThat(inner).as("the outermost call ran the whole again, the inner one once per run")
                .hasValue(TransactionTemplateAdapter.ATTEMPTS);
    }

    @Override
    protected TransactionPort transactionPort() {
        return adapter;
    }

    @Override
    protected AccountBalancePort accountBalancePort() {
        return accountBalancePort;
    }

    @Override
    protected LedgerPort ledgerPort() {
        return ledgerPort;
    }

    @Override
    protected LoadUserPort loadUserPort() {
        return loadUserPort;
    }
}
