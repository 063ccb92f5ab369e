package com.coinop.adapter.persistence.shared;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link TransactionPort} does, observed through the money ports. */
public abstract class TransactionPortContract extends PersistenceIntegrationTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 8, 1, 12, 0, 0);

    protected abstract TransactionPort transactionPort();

    protected abstract AccountBalancePort accountBalancePort();

    protected abstract LedgerPort ledgerPort();

    protected abstract LoadUserPort loadUserPort();

    @Test
    void the_work_commits_and_its_result_is_returned() {
        User user = fixtures.user();

        Money after = transactionPort().inTransaction(() -> creditWithEntry(user, 500));

        assertThat(after).isEqualTo(Money.ofFen(500));
        assertThat(balance(user)).isEqualTo(Money.ofFen(500));
        assertThat(ledgerPort().sumFen(user.id())).isEqualTo(500);
    }

    @Test
    void an_exception_rolls_back_all_of_the_work_and_is_rethrown() {
        User user = fixtures.userWithBalance(Money.ofFen(100));
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> transactionPort().inTransaction(() -> {
            creditWithEntry(user, 500);
            throw failure;
        })).isSameAs(failure);

        assertThat(balance(user)).isEqualTo(Money.ofFen(100));
        assertThat(ledgerPort().sumFen(user.id())).isEqualTo(100);
    }

    @Test
    void a_nested_call_joins_the_outer_transaction() {
        User user = fixtures.user();

        assertThatThrownBy(() -> transactionPort().inTransaction(() -> {
            transactionPort().inTransaction(() -> creditWithEntry(user, 500));
            throw new IllegalStateException("outer fails after inner returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(balance(user)).isEqualTo(Money.ZERO);
        assertThat(ledgerPort().sumFen(user.id())).isZero();
    }

    @Test
    void a_read_sees_what_another_transaction_committed_meanwhile() throws Exception {
        User user = fixtures.userWithBalance(Money.ofFen(100));

        Money[] seen = transactionPort().inTransaction(() -> {
            Money before = balance(user);
            CompletableFuture.runAsync(() -> transactionPort().inTransaction(() -> creditWithEntry(user, 50)))
                    .orTimeout(10, TimeUnit.SECONDS).join();
            return new Money[] {before, balance(user)};
        });

        assertThat(seen).containsExactly(Money.ofFen(100), Money.ofFen(150));
    }

    @Test
    void the_victim_of_a_deadlock_is_run_again_and_both_commit_once() {
        User first = fixtures.user();
        User second = fixtures.user();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();

        // each locks one user's row, waits until the other holds the other row, then wants it: a deadlock, once
        CompletableFuture<Money> one = CompletableFuture.supplyAsync(() -> transactionPort().inTransaction(() ->
                lockBothThenCredit(first, second, bothHoldOne, attempts)));
        CompletableFuture<Money> other = CompletableFuture.supplyAsync(() -> transactionPort().inTransaction(() ->
                lockBothThenCredit(second, first, bothHoldOne, attempts)));

        CompletableFuture.allOf(one, other).orTimeout(30, TimeUnit.SECONDS).join();
        assertThat(attempts).as("the database's victim ran a second time").hasValue(3);
        assertThat(balance(first)).isEqualTo(Money.ofFen(500));
        assertThat(balance(second)).isEqualTo(Money.ofFen(500));
        assertThat(ledgerPort().sumFen(first.id())).isEqualTo(500);
        assertThat(ledgerPort().sumFen(second.id())).isEqualTo(500);
    }

    private Money lockBothThenCredit(User mine, User theirs, CountDownLatch bothHoldOne, AtomicInteger attempts) {
        attempts.incrementAndGet();
        accountBalancePort().lockAccount(mine.id());
        bothHoldOne.countDown();
        try {
            assertThat(bothHoldOne.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        accountBalancePort().lockAccount(theirs.id());
        return creditWithEntry(mine, 500);
    }

    private Money creditWithEntry(User user, long fen) {
        LedgerReference reference = new LedgerReference(LedgerKind.ADJUSTMENT_CREDIT, UUID.randomUUID().toString());
        return accountBalancePort().credit(user.id(), Money.ofFen(fen), reference, AT).balanceAfter();
    }

    private Money balance(User user) {
        return loadUserPort().findById(user.id()).orElseThrow().account().balance();
    }
}
