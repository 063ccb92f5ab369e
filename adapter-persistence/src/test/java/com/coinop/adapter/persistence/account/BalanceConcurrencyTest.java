package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Concurrently.Outcome;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLongArray;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads moving the balances of a few users at once, each move one transaction of balance
 * update plus ledger entry, as the use cases do: no update may be lost and no balance may go below zero.
 */
class BalanceConcurrencyTest extends PersistenceIntegrationTest {

    private static final int USERS = 4;
    private static final int THREADS = 16;
    private static final int MOVES_PER_THREAD = 500;
    private static final long OPENING_FEN = 1_000;
    private static final LocalDateTime AT = LocalDateTime.of(2026, 9, 1, 12, 0, 0);

    @Autowired
    private AccountBalancePort accountBalancePort;

    @Autowired
    private LedgerPort ledgerPort;

    @Autowired
    private TransactionPort transactionPort;

    @Autowired
    private LoadUserPort loadUserPort;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void concurrent_credits_and_debits_lose_no_update_and_never_overdraw() {
        UserId[] users = new UserId[USERS];
        for (int u = 0; u < USERS; u++) {
            users[u] = fixtures.userWithBalance(Money.ofFen(OPENING_FEN)).id();
        }
        AtomicLongArray credited = new AtomicLongArray(USERS);
        AtomicLongArray debited = new AtomicLongArray(USERS);
        AtomicLongArray moves = new AtomicLongArray(USERS);
        AtomicLongArray refused = new AtomicLongArray(USERS);
        String run = Long.toString(System.nanoTime(), 36);

        List<Outcome<Void>> outcomes = Concurrently.run(THREADS, thread -> () -> {
            SplittableRandom random = new SplittableRandom(31L * thread + 7);
            for (int i = 0; i < MOVES_PER_THREAD; i++) {
                int u = random.nextInt(USERS);
                Money amount = Money.ofFen(1 + random.nextInt(400));
                // slightly more debits than credits keeps balances near zero, so refusals happen
                boolean credit = random.nextInt(100) < 45;
                String reference = run + "-" + thread + "-" + i;
                if (credit) {
                    move(users[u], LedgerKind.ADJUSTMENT_CREDIT, reference, amount);
                    credited.addAndGet(u, amount.fen());
                    moves.incrementAndGet(u);
                } else {
                    try {
                        move(users[u], LedgerKind.ADJUSTMENT_DEBIT, reference, amount);
                        debited.addAndGet(u, amount.fen());
                        moves.incrementAndGet(u);
                    } catch (InsufficientBalanceException refusal) {
                        refused.incrementAndGet(u);
                    }
                }
            }
            return null;
        });

        assertThat(outcomes).noneMatch(Outcome::failed);
        long refusals = 0;
        for (int u = 0; u < USERS; u++) {
            Account account = loadUserPort.findById(users[u]).map(User::account).orElseThrow();
            assertThat(account.total().fen()).as("total of user %d", u).isEqualTo(OPENING_FEN + credited.get(u));
            assertThat(account.used().fen()).as("used of user %d", u).isEqualTo(debited.get(u));
            assertThat(balanceColumn(users[u])).as("stored balance of user %d", u).isEqualTo(account.balance().fen());
            assertThat(ledgerPort.sumFen(users[u])).as("ledger of user %d", u).isEqualTo(account.balance().fen());
            assertLedgerChain(users[u], 1 + moves.get(u));
            refusals += refused.get(u);
        }
        assertThat(refusals).as("refused debits (the test must exercise them)").isPositive();
    }

    private void move(UserId user, LedgerKind kind, String reference, Money amount) {
        LedgerReference booking = new LedgerReference(kind, reference);
        transactionPort.inTransaction(() -> kind.isCredit()
                ? accountBalancePort.credit(user, amount, booking, AT)
                : accountBalancePort.debit(user, amount, booking, AT));
    }

    private long balanceColumn(UserId user) {
        return jdbc.queryForObject("SELECT balance_account FROM users WHERE id = ?", Long.class, user.value());
    }

    /**
     * Moves of one user are serialised by the row lock, and each books its entry under that lock, so in
     * id order every entry's balance_after is the running sum: nothing was interleaved, lost or below zero.
     */
    private void assertLedgerChain(UserId user, long expectedEntries) {
        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT amount, balance_after FROM ledger_entries WHERE user_id = ? ORDER BY id", user.value());
        assertThat(entries).hasSize((int) expectedEntries);
        long running = 0;
        for (Map<String, Object> entry : entries) {
            running += ((Number) entry.get("amount")).longValue();
            assertThat(running).isNotNegative();
            assertThat(((Number) entry.get("balance_after")).longValue()).isEqualTo(running);
        }
    }
}
