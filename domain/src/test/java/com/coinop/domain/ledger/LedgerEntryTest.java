package com.coinop.domain.ledger;

import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerEntryTest {

    private static final UserId USER = new UserId(7);
    private static final LocalDateTime AT = LocalDateTime.of(2026, 1, 2, 3, 4, 5);

    @ParameterizedTest
    @EnumSource(value = LedgerKind.class, names = {"RECHARGE", "ADJUSTMENT_CREDIT"})
    void a_credit_entry_counts_positive(LedgerKind kind) {
        assertThat(kind.isCredit()).isTrue();
        assertThat(kind.direction()).isEqualTo(LedgerKind.Direction.CREDIT);
        assertThat(entry(kind, Money.ofFen(1250)).signedFen()).isEqualTo(1250);
    }

    @ParameterizedTest
    @EnumSource(value = LedgerKind.class, names = {"USAGE", "ADJUSTMENT_DEBIT"})
    void a_debit_entry_counts_negative(LedgerKind kind) {
        assertThat(kind.isCredit()).isFalse();
        assertThat(kind.direction()).isEqualTo(LedgerKind.Direction.DEBIT);
        assertThat(entry(kind, Money.ofFen(1250)).signedFen()).isEqualTo(-1250);
    }

    @ParameterizedTest
    @EnumSource(LedgerKind.class)
    void the_sign_of_every_kind_follows_its_direction(LedgerKind kind) {
        long signed = entry(kind, Money.ofFen(Long.MAX_VALUE)).signedFen();

        assertThat(signed).isEqualTo(kind.direction() == LedgerKind.Direction.CREDIT ? Long.MAX_VALUE : -Long.MAX_VALUE);
    }

    @Test
    void an_entry_keeps_what_it_was_given() {
        LedgerReference reference = new LedgerReference(LedgerKind.USAGE, "42");
        LedgerEntry entry = new LedgerEntry(USER, reference, Money.ofFen(150), Money.ofFen(850), AT);

        assertThat(entry.userId()).isEqualTo(USER);
        assertThat(entry.kind()).isEqualTo(LedgerKind.USAGE);
        assertThat(entry.reference()).isEqualTo(reference);
        assertThat(entry.amount()).isEqualTo(Money.ofFen(150));
        assertThat(entry.balanceAfter()).isEqualTo(Money.ofFen(850));
        assertThat(entry.ctime()).isEqualTo(AT);
    }

    @Test
    void an_entry_of_zero_is_refused() {
        assertThatThrownBy(() -> entry(LedgerKind.RECHARGE, Money.ZERO))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_LEDGER_ENTRY"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void a_reference_without_a_value_is_refused(String value) {
        assertThatThrownBy(() -> new LedgerReference(LedgerKind.RECHARGE, value)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_reference_without_a_kind_is_refused() {
        assertThatThrownBy(() -> new LedgerReference(null, "r")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_reference_of_up_to_64_characters_is_accepted() {
        String value = "r".repeat(64);

        assertThat(new LedgerReference(LedgerKind.RECHARGE, value).value()).isEqualTo(value);
        assertThatThrownBy(() -> new LedgerReference(LedgerKind.RECHARGE, "r".repeat(65)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_incomplete_entry_is_refused() {
        Money one = Money.ofFen(1);
        LedgerReference r = new LedgerReference(LedgerKind.RECHARGE, "r");
        assertThatThrownBy(() -> new LedgerEntry(null, r, one, one, AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LedgerEntry(USER, null, one, one, AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LedgerEntry(USER, r, null, one, AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LedgerEntry(USER, r, one, null, AT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LedgerEntry(USER, r, one, one, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_debit_may_leave_a_balance_of_zero() {
        assertThat(new LedgerEntry(USER, new LedgerReference(LedgerKind.USAGE, "42"), Money.ofFen(150), Money.ZERO, AT).balanceAfter())
                .isEqualTo(Money.ZERO);
    }

    private static LedgerEntry entry(LedgerKind kind, Money amount) {
        return new LedgerEntry(USER, new LedgerReference(kind, "ref-1"), amount, Money.ofFen(10_000), AT);
    }
}
