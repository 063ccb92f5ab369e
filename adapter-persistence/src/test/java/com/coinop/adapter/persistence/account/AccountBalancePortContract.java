package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.adapter.persistence.testing.Concurrently.Outcome;
import com.coinop.adapter.persistence.testing.Pause;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.BalanceMove;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.ledger.DuplicateLedgerEntryException;
import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link AccountBalancePort} does, inside transactions of the {@link TransactionPort}: a
 * balance and its ledger move together or not at all, and a reference is booked once.
 */
public abstract class AccountBalancePortContract extends PersistenceIntegrationTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 5, 6, 7, 8, 9);
    private static final UserId NOBODY = new UserId(Long.MAX_VALUE);

    protected abstract AccountBalancePort accountBalancePort();

    protected abstract LedgerPort ledgerPort();

    protected abstract TransactionPort transactionPort();

    protected abstract LoadUserPort loadUserPort();

    @Test
    void credit_raises_total_and_balance_and_books_the_entry_with_the_balance_after() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));
        LedgerReference reference = credit();

        BalanceMove move = inTransaction(() -> accountBalancePort().credit(user.id(), Money.ofFen(250), reference, AT));

        LedgerEntry expected = new LedgerEntry(user.id(), reference, Money.ofFen(250), Money.ofFen(1_250), AT);
        assertThat(move).isEqualTo(new BalanceMove(expected, false));
        assertThat(ledgerPort().findByReference(reference)).contains(expected);
        User reloaded = loadUserPort().findById(user.id()).orElseThrow();
        assertThat(reloaded.account()).isEqualTo(new Account(Money.ofFen(1_250), Money.ZERO));
        assertThat(reloaded.utime()).isEqualTo(AT);
        assertThat(ledgerPort().sumFen(user.id())).isEqualTo(1_250);
    }

    @Test
    void debit_raises_used_lowers_balance_and_books_the_entry_with_the_balance_after() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));
        LedgerReference reference = debit();

        BalanceMove move = inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(301), reference, AT));

        LedgerEntry expected = new LedgerEntry(user.id(), reference, Money.ofFen(301), Money.ofFen(699), AT);
        assertThat(move).isEqualTo(new BalanceMove(expected, false));
        assertThat(ledgerPort().findByReference(reference)).contains(expected);
        User reloaded = loadUserPort().findById(user.id()).orElseThrow();
        assertThat(reloaded.account()).isEqualTo(new Account(Money.ofFen(1_000), Money.ofFen(301)));
        assertThat(reloaded.utime()).isEqualTo(AT);
        assertThat(ledgerPort().sumFen(user.id())).isEqualTo(699);
    }

    @Test
    void debit_of_exactly_the_balance_leaves_zero() {
        User user = fixtures.userWithBalance(Money.ofFen(500));

        BalanceMove move = inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(500), debit(), AT));

        assertThat(move.balanceAfter()).isEqualTo(Money.ZERO);
        assertThat(loadUserPort().findById(user.id()).orElseThrow().account().balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void debit_more_than_balance_is_refused_and_changes_nothing() {
        User user = fixtures.userWithBalance(Money.ofFen(500));
        User before = loadUserPort().findById(user.id()).orElseThrow();
        LedgerReference reference = debit();

        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(501), reference, AT)))
                .isInstanceOf(InsufficientBalanceException.class);

        assertThat(loadUserPort().findById(user.id())).contains(before);
        assertThat(ledgerPort().findByReference(reference)).isEmpty();
    }

    @Test
    void debit_from_an_empty_account_is_refused() {
        User user = fixtures.user();

        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(1), debit(), AT)))
                .isInstanceOf(InsufficientBalanceException.class);
        assertThat(loadUserPort().findById(user.id()).orElseThrow().account()).isEqualTo(Account.EMPTY);
        assertThat(ledgerPort().sumFen(user.id())).isZero();
    }

    @Test
    void a_retried_reference_changes_nothing_and_returns_the_first_booking() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));
        LedgerReference credit = credit();
        LedgerReference debit = debit();
        BalanceMove firstCredit = inTransaction(() -> accountBalancePort().credit(user.id(), Money.ofFen(200), credit, AT));
        BalanceMove firstDebit = inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(50), debit, AT));

        BalanceMove retriedCredit = inTransaction(() ->
                accountBalancePort().credit(user.id(), Money.ofFen(200), credit, AT.plusHours(1)));
        BalanceMove retriedDebit = inTransaction(() ->
                accountBalancePort().debit(user.id(), Money.ofFen(50), debit, AT.plusHours(1)));

        assertThat(retriedCredit).isEqualTo(new BalanceMove(firstCredit.entry(), true));
        assertThat(retriedDebit).isEqualTo(new BalanceMove(firstDebit.entry(), true));
        User reloaded = loadUserPort().findById(user.id()).orElseThrow();
        assertThat(reloaded.account()).isEqualTo(new Account(Money.ofFen(1_200), Money.ofFen(50)));
        assertThat(reloaded.utime()).isEqualTo(AT);
        assertThat(ledgerPort().sumFen(user.id())).isEqualTo(1_150);
    }

    @Test
    void a_reference_booked_for_another_amount_or_user_is_refused_and_changes_nothing() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));
        User other = fixtures.userWithBalance(Money.ofFen(1_000));
        LedgerReference reference = credit();
        inTransaction(() -> accountBalancePort().credit(user.id(), Money.ofFen(200), reference, AT));

        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().credit(user.id(), Money.ofFen(201), reference, AT)))
                .isInstanceOf(DuplicateLedgerEntryException.class);
        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().credit(other.id(), Money.ofFen(200), reference, AT)))
                .isInstanceOf(DuplicateLedgerEntryException.class);

        assertThat(loadUserPort().findById(user.id()).orElseThrow().account().balance()).isEqualTo(Money.ofFen(1_200));
        assertThat(loadUserPort().findById(other.id()).orElseThrow().account().balance()).isEqualTo(Money.ofFen(1_000));
        assertThat(ledgerPort().sumFen(other.id())).isEqualTo(1_000);
    }

    @Test
    void a_refused_move_leaves_no_half_of_it_even_when_the_caller_goes_on_and_commits() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));
        User other = fixtures.userWithBalance(Money.ofFen(1_000));
        LedgerReference reference = credit();
        inTransaction(() -> accountBalancePort().credit(user.id(), Money.ofFen(200), reference, AT));

        inTransaction(() -> {
            try {
                accountBalancePort().credit(other.id(), Money.ofFen(300), reference, AT);
            } catch (DuplicateLedgerEntryException expected) {
                // the caller swallows the refusal and commits the rest of its work
            }
            return accountBalancePort().credit(other.id(), Money.ofFen(7), credit(), AT);
        });

        assertThat(loadUserPort().findById(other.id()).orElseThrow().account())
                .isEqualTo(new Account(Money.ofFen(1_007), Money.ZERO));
        assertThat(ledgerPort().sumFen(other.id())).isEqualTo(1_007);
    }

    @Test
    void concurrent_moves_under_one_reference_move_the_balance_once() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));
        LedgerReference reference = credit();

        List<Outcome<BalanceMove>> outcomes = Concurrently.run(8,
                () -> inTransaction(() -> accountBalancePort().credit(user.id(), Money.ofFen(500), reference, AT)));

        assertThat(outcomes).noneMatch(Outcome::failed);
        assertThat(outcomes).filteredOn(outcome -> !outcome.value().repeated()).hasSize(1);
        assertThat(outcomes).extracting(outcome -> outcome.value().entry()).containsOnly(
                new LedgerEntry(user.id(), reference, Money.ofFen(500), Money.ofFen(1_500), AT));
        assertThat(loadUserPort().findById(user.id()).orElseThrow().account().balance()).isEqualTo(Money.ofFen(1_500));
        assertThat(ledgerPort().sumFen(user.id())).isEqualTo(1_500);
    }

    @Test
    void a_reference_of_the_other_direction_is_refused() {
        User user = fixtures.userWithBalance(Money.ofFen(100));

        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().credit(user.id(), Money.ofFen(1), debit(), AT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(1), credit(), AT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ledgerPort().sumFen(user.id())).isEqualTo(100);
    }

    @Test
    void moves_for_an_unknown_user_are_refused() {
        LedgerReference credit = credit();
        LedgerReference debit = debit();

        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().credit(NOBODY, Money.ofFen(1), credit, AT)))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().debit(NOBODY, Money.ofFen(1), debit, AT)))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().lockAccount(NOBODY)))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(ledgerPort().findByReference(credit)).isEmpty();
        assertThat(ledgerPort().findByReference(debit)).isEmpty();
    }

    @Test
    void moves_of_zero_are_refused() {
        User user = fixtures.userWithBalance(Money.ofFen(100));

        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().credit(user.id(), Money.ZERO, credit(), AT)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> inTransaction(() -> accountBalancePort().debit(user.id(), Money.ZERO, debit(), AT)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void lock_account_reads_the_account() {
        User user = fixtures.userWithBalance(Money.ofFen(900));
        inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(100), debit(), AT));

        Account account = inTransaction(() -> accountBalancePort().lockAccount(user.id()));

        assertThat(account).isEqualTo(new Account(Money.ofFen(900), Money.ofFen(100)));
    }

    @Test
    void lock_account_holds_the_row_until_the_transaction_ends() throws Exception {
        User user = fixtures.userWithBalance(Money.ofFen(900));
        CountDownLatch locked = new CountDownLatch(1);
        AtomicBoolean holderDone = new AtomicBoolean();

        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> inTransaction(() -> {
            accountBalancePort().lockAccount(user.id());
            locked.countDown();
            Pause.millis(300);
            holderDone.set(true);
            return null;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        inTransaction(() -> accountBalancePort().debit(user.id(), Money.ofFen(1), debit(), AT));
        // the debit got the row only once the holder's transaction had finished its work and committed
        assertThat(holderDone).isTrue();
        holder.get(10, TimeUnit.SECONDS);
    }

    @Test
    void moves_outside_a_transaction_are_refused() {
        User user = fixtures.userWithBalance(Money.ofFen(100));
        LedgerReference credit = credit();
        LedgerReference debit = debit();

        assertThatThrownBy(() -> accountBalancePort().credit(user.id(), Money.ofFen(1), credit, AT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> accountBalancePort().debit(user.id(), Money.ofFen(1), debit, AT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> accountBalancePort().lockAccount(user.id()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(loadUserPort().findById(user.id()).orElseThrow().account().balance()).isEqualTo(Money.ofFen(100));
        assertThat(ledgerPort().findByReference(credit)).isEmpty();
        assertThat(ledgerPort().findByReference(debit)).isEmpty();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactionPort().inTransaction(work);
    }

    private static LedgerReference credit() {
        return new LedgerReference(LedgerKind.ADJUSTMENT_CREDIT, "ticket-" + UUID.randomUUID());
    }

    private static LedgerReference debit() {
        return new LedgerReference(LedgerKind.ADJUSTMENT_DEBIT, "ticket-" + UUID.randomUUID());
    }
}
