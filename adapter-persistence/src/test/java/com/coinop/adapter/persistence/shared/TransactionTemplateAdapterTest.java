package com.coinop.adapter.persistence.shared;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.adapter.persistence.testing.Concurrently.Outcome;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.shared.port.out.TransactionPort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link TransactionTemplateAdapter} as the {@link TransactionPort}, and how it meets a deadlock. */
class TransactionTemplateAdapterTest extends TransactionPortContract {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_victim_of_a_real_deadlock_runs_again_and_both_transactions_commit() {
        long first = fixtures.user().id().value();
        long second = fixtures.user().id().value();
        CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
        AtomicInteger runs = new AtomicInteger();

        List<Outcome<Integer>> outcomes = Concurrently.run(2, i -> () -> adapter.inTransaction(() -> {
            boolean firstRun = runs.incrementAndGet() <= 2;
            lock(i == 0 ? first : second);
            if (firstRun) {
                await(bothHoldTheirFirstRow);
            }
            lock(i == 0 ? second : first);
            return jdbc.update("UPDATE users SET utime = utime WHERE id IN (?, ?)", first, second);
        }));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failed()).as("%s", outcome.failure()).isFalse());
        assertThat(runs).as("one of the two ran again").hasValue(3);
    }

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

    private void lock(long user) {
        jdbc.queryForObject("SELECT id FROM users WHERE id = ? FOR UPDATE", Long.class, user);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    private TransactionTemplateAdapter adapter;

    @Autowired
    private AccountBalancePort accountBalancePort;

    @Autowired
    private LedgerPort ledgerPort;

    @Autowired
    private LoadUserPort loadUserPort;

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
