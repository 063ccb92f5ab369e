package com.coinop.domain.ledger;

import com.coinop.domain.money.Money;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random credits and debits against an account, each successful one booked as a ledger entry, checked
 * against a separate model after every step. The seeds are fixed so a failure is reproducible: every
 * failure message names the seed and the step.
 */
class AccountLedgerPropertyTest {

    private static final int STEPS = 5_000;
    private static final UserId USER = new UserId(7);
    private static final LocalDateTime START = LocalDateTime.of(2026, 1, 2, 0, 0, 0);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20260102L, 8_675_309L, -42L})
    void balance_and_ledger_stay_in_step_through_random_credits_and_debits(long seed) {
        Random random = new Random(seed);
        Account account = Account.EMPTY;
        List<LedgerEntry> ledger = new ArrayList<>();
        long modelTotal = 0;
        long modelUsed = 0;
        long ledgerSum = 0;
        int credits = 0;
        int debits = 0;
        int refusals = 0;

        for (int step = 0; step < STEPS; step++) {
            String where = "seed " + seed + ", step " + step;
            LocalDateTime at = START.plusSeconds(step);

            if (random.nextInt(100) < 40) {
                Money amount = Money.ofFen(1 + random.nextInt(500_000));
                account = account.credit(amount);
                modelTotal += amount.fen();
                LedgerEntry entry = new LedgerEntry(USER, random.nextBoolean() ? LedgerKind.RECHARGE : LedgerKind.ADJUSTMENT_CREDIT,
                        "c-" + step, amount, account.balance(), at);
                ledger.add(entry);
                ledgerSum += entry.signedFen();
                credits++;
                assertThat(entry.signedFen()).as(where + ": a credit counts positive").isEqualTo(amount.fen());
                assertThat(entry.balanceAfter().fen()).as(where + ": balance after the credit is the running sum").isEqualTo(ledgerSum);
            } else {
                Money amount = debitAmount(random, account.balance());
                Account before = account;
                int entriesBefore = ledger.size();
                Account after = debitOrNull(before, amount);
                if (after == null) {
                    assertThat(amount.fen()).as(where + ": a debit is refused only above the balance")
                            .isGreaterThan(before.balance().fen());
                    assertThat(before.total().fen()).as(where + ": a refused debit changes nothing").isEqualTo(modelTotal);
                    assertThat(before.used().fen()).as(where + ": a refused debit changes nothing").isEqualTo(modelUsed);
                    assertThat(ledger).as(where + ": a refused debit books nothing").hasSize(entriesBefore);
                    refusals++;
                } else {
                    assertThat(amount.fen()).as(where + ": a debit is accepted only within the balance")
                            .isLessThanOrEqualTo(before.balance().fen());
                    account = after;
                    modelUsed += amount.fen();
                    LedgerEntry entry = new LedgerEntry(USER, random.nextBoolean() ? LedgerKind.USAGE : LedgerKind.ADJUSTMENT_DEBIT,
                            "d-" + step, amount, account.balance(), at);
                    ledger.add(entry);
                    ledgerSum += entry.signedFen();
                    debits++;
                    assertThat(entry.signedFen()).as(where + ": a debit counts negative").isEqualTo(-amount.fen());
                    assertThat(entry.balanceAfter().fen()).as(where + ": balance after the debit is the running sum").isEqualTo(ledgerSum);
                }
            }

            long balance = account.balance().fen();
            assertThat(account.total().fen()).as(where + ": total").isEqualTo(modelTotal);
            assertThat(account.used().fen()).as(where + ": used").isEqualTo(modelUsed);
            assertThat(balance).as(where + ": balance = total - used").isEqualTo(modelTotal - modelUsed)
                    .isEqualTo(account.total().fen() - account.used().fen());
            assertThat(balance).as(where + ": balance never below zero").isNotNegative();
            assertThat(ledgerSum).as(where + ": the ledger adds up to the balance").isEqualTo(balance);
        }

        assertThat(credits).as("seed %d: credits exercised", seed).isGreaterThan(STEPS / 5);
        assertThat(debits).as("seed %d: successful debits exercised", seed).isGreaterThan(STEPS / 5);
        assertThat(refusals).as("seed %d: refused debits exercised", seed).isGreaterThan(STEPS / 20);
        assertLedgerReplays(seed, ledger, account);
    }

    /** Replays the whole ledger from zero: each balance after is the sum so far, and the last one is the balance. */
    private static void assertLedgerReplays(long seed, List<LedgerEntry> ledger, Account account) {
        long running = 0;
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < ledger.size(); i++) {
            LedgerEntry entry = ledger.get(i);
            running += entry.signedFen();
            assertThat(running).as("seed %d, entry %d: running sum never below zero", seed, i).isNotNegative();
            assertThat(entry.balanceAfter().fen()).as("seed %d, entry %d: balance after = running sum", seed, i).isEqualTo(running);
            assertThat(keys.add(entry.kind() + "/" + entry.reference())).as("seed %d, entry %d: (kind, reference) unique", seed, i).isTrue();
        }
        assertThat(running).as("seed %d: sum of the ledger = final balance", seed).isEqualTo(account.balance().fen());
        assertThat(ledger.stream().mapToLong(LedgerEntry::signedFen).sum()).as("seed %d", seed).isEqualTo(account.balance().fen());
    }

    /** The account after the debit, or null when the account refused it. */
    private static Account debitOrNull(Account account, Money amount) {
        try {
            return account.debit(USER, amount);
        } catch (InsufficientBalanceException refused) {
            return null;
        }
    }

    /** Debits around the interesting edges: within the balance, exactly it, one fen over, far over. */
    private static Money debitAmount(Random random, Money balance) {
        long b = balance.fen();
        int pick = random.nextInt(100);
        if (pick < 30 && b > 0) {
            return Money.ofFen(1 + (long) (random.nextDouble() * b));
        }
        if (pick < 45) {
            return Money.ofFen(Math.max(b, 1));
        }
        if (pick < 60) {
            return Money.ofFen(b + 1);
        }
        if (pick < 80) {
            return Money.ofFen(1 + (long) (random.nextDouble() * (2 * b + 1000)));
        }
        return Money.ofFen(1 + random.nextInt(500));
    }
}
