package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Pause;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link AccountBalancePort} does, inside transactions of the {@link TransactionPort}. */
public abstract class AccountBalancePortContract extends PersistenceIntegrationTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 5, 6, 7, 8, 9);
    private static final UserId NOBODY = new UserId(Long.MAX_VALUE);

    protected abstract AccountBalancePort accountBalancePort();

    protected abstract TransactionPort transactionPort();

    protected abstract LoadUserPort loadUserPort();

    @Test
    void credit_raises_total_and_balance_and_returns_the_balance_after() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));

        Money after = inTransaction(() -> accountBalancePort().credit(user.id(), Money.ofFen(250), AT));

        assertThat(after).isEqualTo(Money.ofFen(1_250));
        User reloaded = loadUserPort().findById(user.id()).orElseThrow();
        assertThat(reloaded.account()).isEqualTo(new Account(Money.ofFen(1_250), Money.ZERO));
        assertThat(reloaded.utime()).isEqualTo(AT);
    }

    @Test
    void debit_raises_used_lowers_balance_and_returns_the_balance_after() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));

        Money after = inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(301), AT));

        assertThat(after).isEqualTo(Money.ofFen(699));
        User reloaded = loadUserPort().findById(user.id()).orElseThrow();
        assertThat(reloaded.account()).isEqualTo(new Account(Money.ofFen(1_000), Money.ofFen(301)));
        assertThat(reloaded.utime()).isEqualTo(AT);
    }

    @Test
    void debit_of_exactly_the_balance_leaves_zero() {
        User user = fixtures.userWithBalance(Money.ofFen(500));

        Money after = inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(500), AT));

        assertThat(after).isEqualTo(Money.ZERO);
        assertThat(loadUserPort().findById(user.id()).orElseThrow().account().balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void debit_more_than_balance_is_refused_and_changes_nothing() {
        User user = fixtures.userWithBalance(Money.ofFen(500));
        User before = loadUserPort().findById(user.id()).orElseThrow();

        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(501), AT)))
                .isInstanceOf(InsufficientBalanceException.class);

        assertThat(loadUserPort().findById(user.id())).contains(before);
    }

    @Test
    void debit_from_an_empty_account_is_refused() {
        User user = fixtures.user();

        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(1), AT)))
                .isInstanceOf(InsufficientBalanceException.class);
        assertThat(loadUserPort().findById(user.id()).orElseThrow().account()).isEqualTo(Account.EMPTY);
    }

    @Test
    void moves_for_an_unknown_user_are_refused() {
        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().credit(NOBODY, Money.ofFen(1), AT)))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().debit(NOBODY, Money.ofFen(1), AT)))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().lockAccount(NOBODY)))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void moves_of_zero_are_refused() {
        User user = fixtures.userWithBalance(Money.ofFen(100));

        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().credit(user.id(), Money.ZERO, AT)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().debit(user.id(), Money.ZERO, AT)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void lock_account_reads_the_account() {
        User user = fixtures.userWithBalance(Money.ofFen(900));
        inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(100), AT));

        Account account = inTransaction(() -> accountBalancePort().lockAccount(user.id()));

        assertThat(account).isEqualTo(new Account(Money.ofFen(900), Money.ofFen(100)));
    }

    @Test
    void lock_account_holds_the_row_until_the_transaction_ends() throws Exception {
        User user = fixtures.userWithBalance(Money.ofFen(900));
        CountDownLatch locked = new CountDownLatch(1);
        long holdMillis = 400;

        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> inTransaction(() -> {
            accountBalancePort().lockAccount(user.id());
            locked.countDown();
            Pause.millis(holdMillis);
            return null;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(1), AT));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        holder.get(10, TimeUnit.SECONDS);

        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(holdMillis / 2));
    }

    @Test
    void moves_outside_a_transaction_are_refused() {
        User user = fixtures.userWithBalance(Money.ofFen(100));

        assertThatThrownBy(() -> accountBalancePort().credit(user.id(), Money.ofFen(1), AT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> accountBalancePort().debit(user.id(), Money.ofFen(1), AT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> accountBalancePort().lockAccount(user.id()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(loadUserPort().findById(user.id()).orElseThrow().account().balance()).isEqualTo(Money.ofFen(100));
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactionPort().inTransaction(work);
    }

}
