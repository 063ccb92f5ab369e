package com.coinop.domain.usage;

import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceDisabledException;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsageSessionTest {

    private static final UserId USER = new UserId(7);
    private static final LocalDateTime START = LocalDateTime.of(2026, 1, 2, 10, 0, 0);
    private static final Money PLENTY = Money.ofYuan(1_000_000);
    private static final DeviceLocation LOCATION = new DeviceLocation("广东省", "深圳市", "南山区", "科技园 1 号机");

    private final Device device = TestDevices.device().withId(5).at(LOCATION).pricedAt(Money.ofFen(50)).build();

    private UsageSession started() {
        return TestUsage.on(device).by(USER).startedAt(START).buildStored(42);
    }

    @Test
    void a_started_session_copies_the_machine_and_costs_nothing_yet() {
        UsageSession session = UsageSession.start(USER, device, Money.ofFen(50), START);

        assertThat(session.id()).isNull();
        assertThat(session.userId()).isEqualTo(USER);
        assertThat(session.deviceId()).isEqualTo(new DeviceId(5));
        assertThat(session.location()).isEqualTo(LOCATION);
        assertThat(session.pricePerMinute()).isEqualTo(Money.ofFen(50));
        assertThat(session.state()).isEqualTo(UsageState.STARTED);
        assertThat(session.startTime()).isEqualTo(START);
        assertThat(session.endTime()).isNull();
        assertThat(session.costSeconds()).isZero();
        assertThat(session.cost()).isEqualTo(Money.ZERO);
        assertThat(session.unpaid()).isEqualTo(Money.ZERO);
        assertThat(session.endReason()).isNull();
        assertThat(session.utime()).isEqualTo(START);
    }

    @Test
    void a_disabled_machine_cannot_be_started() {
        Device disabled = TestDevices.device().withId(6).pricedAt(Money.ofFen(50)).disabled().build();

        assertThatThrownBy(() -> UsageSession.start(USER, disabled, PLENTY, START))
                .isInstanceOfSatisfying(DeviceDisabledException.class, e -> assertThat(e.code()).isEqualTo("DEVICE_DISABLED"));
    }

    @Test
    void a_balance_short_of_one_minute_cannot_start() {
        assertThatThrownBy(() -> UsageSession.start(USER, device, Money.ofFen(49), START))
                .isInstanceOfSatisfying(InsufficientBalanceException.class,
                        e -> assertThat(e.code()).isEqualTo("INSUFFICIENT_BALANCE"));
        assertThatThrownBy(() -> UsageSession.start(USER, device, Money.ZERO, START))
                .isInstanceOf(InsufficientBalanceException.class);
        assertThat(UsageSession.start(USER, device, Money.ofFen(50), START).state()).isEqualTo(UsageState.STARTED);
    }

    @ParameterizedTest(name = "a balance of {0} fen at 50 a minute pays until minute {1}")
    @CsvSource({"50, 1", "99, 1", "100, 2", "149, 2", "5000, 100", "5049, 100"})
    void the_balance_pays_whole_minutes_and_a_session_ended_then_costs_at_most_the_balance(long fen, long minutes) {
        Money balance = Money.ofFen(fen);
        UsageSession session = started();

        LocalDateTime paidUntil = session.paidUntil(balance);
        UsageSession endedThen = session.end(paidUntil, balance, UsageEndReason.BALANCE_USED_UP);

        assertThat(paidUntil).isEqualTo(START.plusMinutes(minutes));
        assertThat(endedThen.cost()).isEqualTo(Money.ofFen(50 * minutes));
        assertThat(endedThen.unpaid()).isEqualTo(Money.ZERO);
        assertThat(session.end(paidUntil.plusSeconds(1), balance, UsageEndReason.MACHINE_SILENT).unpaid())
                .as("one second more starts a minute the balance cannot pay")
                .isEqualTo(Money.ofFen(50 * (minutes + 1) - fen));
    }

    @ParameterizedTest(name = "{0} s after the start, {1} minutes have started")
    @CsvSource({"-5, 0", "0, 0", "1, 1", "59, 1", "60, 1", "61, 2", "3600, 60"})
    void minutes_started_count_every_begun_minute(long seconds, long minutes) {
        assertThat(started().minutesStartedAt(START.plusSeconds(seconds))).isEqualTo(minutes);
    }

    @Test
    void a_session_is_charged_under_its_id() {
        assertThat(started().ledgerReference()).isEqualTo(new LedgerReference(LedgerKind.USAGE, "42"));
    }

    @ParameterizedTest(name = "{0} s cost {1} started minutes")
    @CsvSource({
            "0, 0",
            "1, 1",
            "30, 1",
            "59, 1",
            "60, 1",
            "61, 2",
            "119, 2",
            "120, 2",
            "121, 3",
            "3599, 60",
            "3600, 60",
            "3601, 61",
            "86400, 1440",
            "86401, 1441"
    })
    void the_cost_is_every_started_minute_at_the_price(long seconds, long minutes) {
        UsageSession ended = started().end(START.plusSeconds(seconds), PLENTY, UsageEndReason.USER);

        assertThat(ended.cost()).isEqualTo(Money.ofFen(50 * minutes));
        assertThat(ended.costSeconds()).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "{0} s shown as {1} min")
    @CsvSource({"0, 0", "1, 0", "59, 0", "60, 1", "61, 1", "119, 1", "120, 2", "3599, 59", "3600, 60", "86401, 1440"})
    void cost_minutes_are_the_floor_of_the_seconds(long seconds, long minutes) {
        assertThat(started().end(START.plusSeconds(seconds), PLENTY, UsageEndReason.USER).costMinutes()).isEqualTo(minutes);
    }

    @Test
    void a_session_of_thirty_days_costs_every_minute_of_them() {
        long seconds = 30L * 24 * 3600;

        UsageSession ended = started().end(START.plusSeconds(seconds), PLENTY, UsageEndReason.USER);

        assertThat(ended.costSeconds()).isEqualTo(2_592_000);
        assertThat(ended.costMinutes()).isEqualTo(43_200);
        assertThat(ended.cost()).isEqualTo(Money.ofFen(43_200 * 50));
    }

    @Test
    void a_session_of_ten_years_at_a_high_price_is_counted_exactly() {
        Device expensive = TestDevices.device().pricedAt(Money.ofYuan(1000)).build();
        UsageSession session = TestUsage.on(expensive).by(USER).startedAt(START).build();
        LocalDateTime end = START.plusYears(10).plusSeconds(1);
        long seconds = Duration.between(START, end).getSeconds();

        UsageSession ended = session.end(end, Money.ofFen(Long.MAX_VALUE), UsageEndReason.USER);

        assertThat(ended.costSeconds()).isEqualTo(seconds);
        assertThat(ended.cost()).isEqualTo(Money.ofFen(100_000L * (seconds / 60 + 1)));
    }

    @Test
    void a_cost_too_large_to_count_fails_instead_of_wrapping_around() {
        Device absurd = TestDevices.device().pricedAt(Money.ofFen(Long.MAX_VALUE / 2)).build();
        UsageSession session = TestUsage.on(absurd).by(USER).startedAt(START).build();

        assertThatThrownBy(() -> session.end(START.plusSeconds(121), Money.ofFen(Long.MAX_VALUE), UsageEndReason.USER))
                .isInstanceOf(InvalidValueException.class).hasMessage("金额超出范围");
    }

    @Test
    void the_cost_is_capped_at_the_balance_and_the_rest_is_kept_as_unpaid() {
        UsageSession ended = started().end(START.plusSeconds(121), Money.ofFen(120), UsageEndReason.MACHINE_SILENT);

        assertThat(ended.cost()).isEqualTo(Money.ofFen(120));
        assertThat(ended.unpaid()).isEqualTo(Money.ofFen(30));
        assertThat(ended.billedMinutes()).isEqualTo(3);
        assertThat(ended.endReason()).isEqualTo(UsageEndReason.MACHINE_SILENT);
        assertThat(ended.costSeconds()).as("the time used is kept even when not all of it is paid").isEqualTo(121);
        assertThat(ended.costMinutes()).isEqualTo(2);
    }

    @Test
    void a_balance_of_exactly_the_cost_pays_all_of_it() {
        assertThat(started().end(START.plusSeconds(121), Money.ofFen(150), UsageEndReason.USER).cost()).isEqualTo(Money.ofFen(150));
        assertThat(started().end(START.plusSeconds(121), Money.ofFen(151), UsageEndReason.USER).cost()).isEqualTo(Money.ofFen(150));
        assertThat(started().end(START.plusSeconds(121), Money.ofFen(149), UsageEndReason.USER).cost()).isEqualTo(Money.ofFen(149));
    }

    @Test
    void with_a_zero_balance_the_session_ends_at_no_cost() {
        UsageSession ended = started().end(START.plusSeconds(600), Money.ZERO, UsageEndReason.USER);

        assertThat(ended.state()).isEqualTo(UsageState.ENDED);
        assertThat(ended.cost()).isEqualTo(Money.ZERO);
        assertThat(ended.costSeconds()).isEqualTo(600);
    }

    @Test
    void ending_keeps_who_and_where_and_records_when() {
        UsageSession session = started();
        LocalDateTime end = START.plusSeconds(61);

        UsageSession ended = session.end(end, PLENTY, UsageEndReason.USER);

        assertThat(ended.id()).isEqualTo(new UsageSessionId(42));
        assertThat(ended.userId()).isEqualTo(USER);
        assertThat(ended.deviceId()).isEqualTo(device.id());
        assertThat(ended.location()).isEqualTo(LOCATION);
        assertThat(ended.pricePerMinute()).isEqualTo(Money.ofFen(50));
        assertThat(ended.startTime()).isEqualTo(START);
        assertThat(ended.endTime()).isEqualTo(end);
        assertThat(ended.utime()).isEqualTo(end);
        assertThat(ended.state()).isEqualTo(UsageState.ENDED);
        assertThat(session.state()).as("the original is a value and stays STARTED").isEqualTo(UsageState.STARTED);
    }

    @Test
    void an_end_needs_a_reason_other_than_unrecorded() {
        UsageSession session = started();

        assertThatThrownBy(() -> session.end(START.plusSeconds(60), PLENTY, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> session.end(START.plusSeconds(60), PLENTY, UsageEndReason.UNRECORDED))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_end_before_the_start_is_refused() {
        UsageSession session = started();

        assertThatThrownBy(() -> session.end(START.minusSeconds(1), PLENTY, UsageEndReason.USER))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_END_TIME"));
        assertThatThrownBy(() -> session.end(START.minusNanos(1), PLENTY, UsageEndReason.USER)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_end_at_the_start_is_accepted_at_no_cost() {
        UsageSession ended = started().end(START, PLENTY, UsageEndReason.USER);

        assertThat(ended.state()).isEqualTo(UsageState.ENDED);
        assertThat(ended.cost()).isEqualTo(Money.ZERO);
        assertThat(ended.costSeconds()).isZero();
    }

    @Test
    void ending_twice_is_refused() {
        UsageSession ended = started().end(START.plusSeconds(90), PLENTY, UsageEndReason.USER);

        assertThatThrownBy(() -> ended.end(START.plusSeconds(300), PLENTY, UsageEndReason.USER))
                .isInstanceOfSatisfying(IllegalStateTransitionException.class,
                        e -> assertThat(e.code()).isEqualTo("USAGE_ALREADY_ENDED"));
        assertThatThrownBy(() -> ended.end(START.plusSeconds(90), PLENTY, UsageEndReason.USER)).isInstanceOf(IllegalStateTransitionException.class);
        assertThat(ended.cost()).isEqualTo(Money.ofFen(100));
    }

    @Test
    void a_started_session_has_no_end_time_and_no_cost() {
        assertThatThrownBy(() -> session(UsageState.STARTED, START.plusSeconds(60), 0, Money.ZERO))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> session(UsageState.STARTED, null, 60, Money.ZERO))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> session(UsageState.STARTED, null, 0, Money.ofFen(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(session(UsageState.STARTED, null, 0, Money.ZERO).state()).isEqualTo(UsageState.STARTED);
    }

    @Test
    void an_ended_session_has_an_end_time() {
        assertThatThrownBy(() -> session(UsageState.ENDED, null, 60, Money.ofFen(50)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(session(UsageState.ENDED, START.plusSeconds(60), 60, Money.ofFen(50)).costMinutes()).isEqualTo(1);
    }

    @Test
    void negative_seconds_are_refused() {
        assertThatThrownBy(() -> session(UsageState.ENDED, START.plusSeconds(60), -1, Money.ZERO))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void only_an_ended_session_has_a_reason_and_an_unpaid_part() {
        DeviceId deviceId = device.id();
        Money price = Money.ofFen(50);
        LocalDateTime end = START.plusSeconds(60);
        assertThatThrownBy(() -> new UsageSession(null, USER, deviceId, LOCATION, price, UsageState.STARTED, START, null,
                0, Money.ZERO, Money.ofFen(1), null, START)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UsageSession(null, USER, deviceId, LOCATION, price, UsageState.STARTED, START, null,
                0, Money.ZERO, Money.ZERO, UsageEndReason.USER, START)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UsageSession(null, USER, deviceId, LOCATION, price, UsageState.ENDED, START, end,
                60, price, Money.ZERO, null, end)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UsageSession(null, USER, deviceId, LOCATION, price, UsageState.ENDED, START, end,
                60, price, null, UsageEndReason.USER, end)).isInstanceOf(InvalidValueException.class);
        assertThat(new UsageSession(null, USER, deviceId, LOCATION, price, UsageState.ENDED, START, end, 60, price,
                Money.ZERO, UsageEndReason.UNRECORDED, end).endReason())
                .as("a session ended before reasons were kept").isEqualTo(UsageEndReason.UNRECORDED);
    }

    @Test
    void an_incomplete_session_is_refused() {
        DeviceId deviceId = device.id();
        Money price = Money.ofFen(50);
        assertThatThrownBy(() -> new UsageSession(null, null, deviceId, LOCATION, price, UsageState.STARTED, START, null,
                0, Money.ZERO, Money.ZERO, null, START)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UsageSession(null, USER, null, LOCATION, price, UsageState.STARTED, START, null,
                0, Money.ZERO, Money.ZERO, null, START)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UsageSession(null, USER, deviceId, null, price, UsageState.STARTED, START, null,
                0, Money.ZERO, Money.ZERO, null, START)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UsageSession(null, USER, deviceId, LOCATION, null, UsageState.STARTED, START, null,
                0, Money.ZERO, Money.ZERO, null, START)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UsageSession(null, USER, deviceId, LOCATION, price, null, START, null,
                0, Money.ZERO, Money.ZERO, null, START)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UsageSession(null, USER, deviceId, LOCATION, price, UsageState.STARTED, null, null,
                0, Money.ZERO, Money.ZERO, null, START)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UsageSession(null, USER, deviceId, LOCATION, price, UsageState.STARTED, START, null,
                0, null, Money.ZERO, null, START)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UsageSession(null, USER, deviceId, LOCATION, price, UsageState.STARTED, START, null,
                0, Money.ZERO, Money.ZERO, null, null)).isInstanceOf(InvalidValueException.class);
    }

    private UsageSession session(UsageState state, LocalDateTime end, long seconds, Money cost) {
        return new UsageSession(new UsageSessionId(1), USER, device.id(), LOCATION, Money.ofFen(50), state, START, end,
                seconds, cost, Money.ZERO, end == null ? null : UsageEndReason.USER, end == null ? START : end);
    }
}
