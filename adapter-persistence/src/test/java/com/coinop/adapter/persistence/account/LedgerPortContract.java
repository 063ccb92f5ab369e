package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.domain.ledger.DuplicateLedgerEntryException;
import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link LedgerPort} does. */
public abstract class LedgerPortContract extends PersistenceIntegrationTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 7, 1, 9, 0, 0);

    protected abstract LedgerPort ledgerPort();

    private UserId user;

    @BeforeEach
    void aUser() {
        user = fixtures.user().id();
    }

    @Test
    void the_sum_is_credits_minus_debits() {
        ledgerPort().append(entry(LedgerKind.RECHARGE, unique(), 1_000, 1_000));
        ledgerPort().append(entry(LedgerKind.USAGE, unique(), 250, 750));
        ledgerPort().append(entry(LedgerKind.ADJUSTMENT_CREDIT, unique(), 5, 755));
        ledgerPort().append(entry(LedgerKind.ADJUSTMENT_DEBIT, unique(), 55, 700));

        assertThat(ledgerPort().sumFen(user)).isEqualTo(700);
    }

    @Test
    void a_user_without_entries_sums_to_zero() {
        assertThat(ledgerPort().sumFen(user)).isZero();
    }

    @Test
    void the_same_kind_and_reference_is_booked_once() {
        String reference = unique();
        ledgerPort().append(entry(LedgerKind.RECHARGE, reference, 1_000, 1_000));

        assertThatThrownBy(() -> ledgerPort().append(entry(LedgerKind.RECHARGE, reference, 1_000, 2_000)))
                .isInstanceOf(DuplicateLedgerEntryException.class);
        assertThat(ledgerPort().sumFen(user)).isEqualTo(1_000);
    }

    @Test
    void the_same_reference_under_another_kind_is_another_entry() {
        String reference = unique();
        ledgerPort().append(entry(LedgerKind.ADJUSTMENT_CREDIT, reference, 300, 300));
        ledgerPort().append(entry(LedgerKind.ADJUSTMENT_DEBIT, reference, 100, 200));

        assertThat(ledgerPort().sumFen(user)).isEqualTo(200);
    }

    @Test
    void references_differing_only_in_case_are_different_entries() {
        String reference = "Ticket-" + UUID.randomUUID();
        ledgerPort().append(entry(LedgerKind.ADJUSTMENT_CREDIT, reference, 1, 1));
        ledgerPort().append(entry(LedgerKind.ADJUSTMENT_CREDIT, reference.toUpperCase(), 2, 3));

        assertThat(ledgerPort().sumFen(user)).isEqualTo(3);
    }

    @Test
    void each_user_has_their_own_sum() {
        UserId other = fixtures.user().id();
        ledgerPort().append(entry(LedgerKind.RECHARGE, unique(), 1_000, 1_000));
        ledgerPort().append(new LedgerEntry(other, LedgerKind.RECHARGE, unique(), Money.ofFen(7), Money.ofFen(7), AT));

        assertThat(ledgerPort().sumFen(user)).isEqualTo(1_000);
        assertThat(ledgerPort().sumFen(other)).isEqualTo(7);
    }

    private LedgerEntry entry(LedgerKind kind, String reference, long fen, long balanceAfter) {
        return new LedgerEntry(user, kind, reference, Money.ofFen(fen), Money.ofFen(balanceAfter), AT);
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }
}
