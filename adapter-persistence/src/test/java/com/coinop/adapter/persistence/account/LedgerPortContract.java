package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link LedgerPort} reads, of entries booked by the {@link AccountBalancePort}. */
public abstract class LedgerPortContract extends PersistenceIntegrationTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 7, 1, 9, 0, 0);

    protected abstract LedgerPort ledgerPort();

    protected abstract AccountBalancePort accountBalancePort();

    protected abstract TransactionPort transactionPort();

    private UserId user;

    @BeforeEach
    void aUser() {
        user = fixtures.user().id();
    }

    @Test
    void the_sum_is_credits_minus_debits() {
        move(user, reference(LedgerKind.RECHARGE), 1_000);
        move(user, reference(LedgerKind.USAGE), 250);
        move(user, reference(LedgerKind.ADJUSTMENT_CREDIT), 5);
        move(user, reference(LedgerKind.ADJUSTMENT_DEBIT), 55);

        assertThat(ledgerPort().sumFen(user)).isEqualTo(700);
    }

    @Test
    void a_user_without_entries_sums_to_zero() {
        assertThat(ledgerPort().sumFen(user)).isZero();
    }

    @Test
    void each_user_has_their_own_sum() {
        UserId other = fixtures.user().id();
        move(user, reference(LedgerKind.RECHARGE), 1_000);
        move(other, reference(LedgerKind.RECHARGE), 7);

        assertThat(ledgerPort().sumFen(user)).isEqualTo(1_000);
        assertThat(ledgerPort().sumFen(other)).isEqualTo(7);
    }

    @Test
    void an_entry_is_found_by_its_reference_with_an_unsigned_amount() {
        LedgerReference recharge = reference(LedgerKind.RECHARGE);
        LedgerReference usage = reference(LedgerKind.USAGE);
        move(user, recharge, 1_000);
        move(user, usage, 250);

        assertThat(ledgerPort().findByReference(recharge))
                .contains(new LedgerEntry(user, recharge, Money.ofFen(1_000), Money.ofFen(1_000), AT));
        assertThat(ledgerPort().findByReference(usage))
                .contains(new LedgerEntry(user, usage, Money.ofFen(250), Money.ofFen(750), AT));
    }

    @Test
    void the_same_value_under_another_kind_is_another_entry() {
        String value = UUID.randomUUID().toString();
        move(user, new LedgerReference(LedgerKind.ADJUSTMENT_CREDIT, value), 300);
        move(user, new LedgerReference(LedgerKind.ADJUSTMENT_DEBIT, value), 100);

        assertThat(ledgerPort().sumFen(user)).isEqualTo(200);
        assertThat(ledgerPort().findByReference(new LedgerReference(LedgerKind.RECHARGE, value))).isEmpty();
    }

    @Test
    void references_differing_only_in_case_are_different_entries() {
        String value = "Ticket-" + UUID.randomUUID();
        move(user, new LedgerReference(LedgerKind.ADJUSTMENT_CREDIT, value), 1);
        move(user, new LedgerReference(LedgerKind.ADJUSTMENT_CREDIT, value.toUpperCase()), 2);

        assertThat(ledgerPort().sumFen(user)).isEqualTo(3);
        assertThat(ledgerPort().findByReference(new LedgerReference(LedgerKind.ADJUSTMENT_CREDIT, value.toLowerCase())))
                .isEmpty();
    }

    private void move(UserId who, LedgerReference reference, long fen) {
        transactionPort().inTransaction(() -> reference.kind().isCredit()
                ? accountBalancePort().credit(who, Money.ofFen(fen), reference, AT)
                : accountBalancePort().debit(who, Money.ofFen(fen), reference, AT));
    }

    private static LedgerReference reference(LedgerKind kind) {
        return new LedgerReference(kind, UUID.randomUUID().toString());
    }

    @Test
    void a_users_entries_are_counted_and_paged_the_latest_first() {
        UserId other = fixtures.user().id();
        move(other, reference(LedgerKind.RECHARGE), 999);
        LedgerReference recharge = reference(LedgerKind.RECHARGE);
        LedgerReference usage = reference(LedgerKind.USAGE);
        LedgerReference adjustment = reference(LedgerKind.ADJUSTMENT_CREDIT);
        move(user, recharge, 1_000);
        move(user, usage, 250);
        move(user, adjustment, 5);

        assertThat(ledgerPort().countByUser(user)).isEqualTo(3);
        assertThat(ledgerPort().findByUser(user, 0, 2)).extracting(LedgerEntry::reference).containsExactly(adjustment, usage);
        assertThat(ledgerPort().findByUser(user, 2, 2)).singleElement().satisfies(entry -> {
            assertThat(entry.reference()).isEqualTo(recharge);
            assertThat(entry.amount()).isEqualTo(Money.ofFen(1_000));
            assertThat(entry.balanceAfter()).isEqualTo(Money.ofFen(1_000));
        });
        assertThat(ledgerPort().findByUser(user, 0, 10).get(1).signedFen()).isEqualTo(-250);
        assertThat(ledgerPort().findByUser(user, 3, 10)).isEmpty();
        assertThat(ledgerPort().countByUser(fixtures.user().id())).isZero();
    }
}
