package com.coinop.adapter.persistence.usage;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.DomainException;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link UsageSessionPort} does, including one STARTED session per user and per machine. */
public abstract class UsageSessionPortContract extends PersistenceIntegrationTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 6, 1, 20, 0, 0);

    protected abstract UsageSessionPort usageSessionPort();

    private User user;
    private Device device;

    @BeforeEach
    void aUserAndAMachine() {
        user = fixtures.user();
        device = fixtures.device(TestDevices.device()
                .at(new DeviceLocation("广东省", "深圳市", "南山区", "科技园 🎮 3 号机 \"VIP\" 's"))
                .pricedAt(Money.ofFen(75)));
    }

    @Test
    void insert_assigns_an_id_and_the_session_round_trips() {
        UsageSession started = TestUsage.on(device).by(user.id()).startedAt(START).build();

        UsageSession stored = usageSessionPort().insert(started);

        assertThat(stored.id()).isNotNull();
        assertThat(stored).usingRecursiveComparison().ignoringFields("id").isEqualTo(started);
        assertThat(usageSessionPort().findById(stored.id())).contains(stored);
    }

    @Test
    void an_ended_session_round_trips_with_its_cost() {
        UsageSession stored = usageSessionPort().insert(TestUsage.on(device).by(user.id()).startedAt(START).build());
        UsageSession ended = stored.end(START.plusSeconds(601), Money.ofYuan(100), UsageEndReason.USER);

        assertThat(usageSessionPort().markEnded(ended)).isTrue();

        UsageSession found = usageSessionPort().findById(stored.id()).orElseThrow();
        assertThat(found).isEqualTo(ended);
        assertThat(found.costSeconds()).isEqualTo(601);
        assertThat(found.cost()).isEqualTo(Money.ofFen(11 * 75));
    }

    @Test
    void mark_ended_wins_only_once() {
        UsageSession stored = usageSessionPort().insert(TestUsage.on(device).by(user.id()).startedAt(START).build());
        UsageSession first = stored.end(START.plusMinutes(5), Money.ofYuan(100), UsageEndReason.USER);
        UsageSession later = stored.end(START.plusMinutes(50), Money.ofYuan(100), UsageEndReason.USER);

        assertThat(usageSessionPort().markEnded(first)).isTrue();
        assertThat(usageSessionPort().markEnded(first)).isFalse();
        assertThat(usageSessionPort().markEnded(later)).isFalse();

        assertThat(usageSessionPort().findById(stored.id())).contains(first);
    }

    @Test
    void a_second_active_session_of_the_same_user_is_refused() {
        usageSessionPort().insert(TestUsage.on(device).by(user.id()).startedAt(START).build());
        Device other = fixtures.device();

        assertThatThrownBy(() -> usageSessionPort().insert(TestUsage.on(other).by(user.id()).startedAt(START).build()))
                .isInstanceOf(IllegalStateTransitionException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("USAGE_ALREADY_ACTIVE");
    }

    @Test
    void a_second_active_session_on_the_same_machine_is_refused() {
        usageSessionPort().insert(TestUsage.on(device).by(user.id()).startedAt(START).build());
        User other = fixtures.user();

        assertThatThrownBy(() -> usageSessionPort().insert(TestUsage.on(device).by(other.id()).startedAt(START).build()))
                .isInstanceOf(IllegalStateTransitionException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("DEVICE_BUSY");
    }

    @Test
    void after_ending_the_user_and_the_machine_may_start_again() {
        UsageSession first = usageSessionPort().insert(TestUsage.on(device).by(user.id()).startedAt(START).build());
        usageSessionPort().markEnded(first.end(START.plusMinutes(3), Money.ofYuan(100), UsageEndReason.USER));

        UsageSession second = usageSessionPort().insert(
                TestUsage.on(device).by(user.id()).startedAt(START.plusMinutes(4)).build());
        usageSessionPort().markEnded(second.end(START.plusMinutes(6), Money.ofYuan(100), UsageEndReason.USER));
        UsageSession third = usageSessionPort().insert(
                TestUsage.on(device).by(user.id()).startedAt(START.plusMinutes(7)).build());

        assertThat(usageSessionPort().findById(third.id())).contains(third);
    }

    @Test
    void an_unknown_session_is_not_found() {
        assertThat(usageSessionPort().findById(new UsageSessionId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void the_sessions_in_progress_on_given_machines_are_found_and_ended_or_other_ones_are_not() {
        Device free = fixtures.device();
        Device endedOn = fixtures.device();
        Device otherBusy = fixtures.device();
        UsageSession running = usageSessionPort().insert(TestUsage.on(device).by(user.id()).startedAt(START).build());
        UsageSession over = usageSessionPort().insert(TestUsage.on(endedOn).by(fixtures.user().id()).startedAt(START).build());
        usageSessionPort().markEnded(over.end(START.plusMinutes(1), Money.ofYuan(100), UsageEndReason.USER));
        usageSessionPort().insert(TestUsage.on(otherBusy).by(fixtures.user().id()).startedAt(START).build());

        assertThat(usageSessionPort().findActiveOnDevices(List.of(free.id(), device.id(), endedOn.id(), device.id())))
                .containsExactly(running);
        assertThat(usageSessionPort().findActiveOnDevices(List.of())).isEmpty();
    }

    @Test
    void ended_sessions_with_an_unpaid_part_are_counted_and_paged_the_latest_end_first() {
        long before = usageSessionPort().countUnpaid();
        LocalDateTime lateStart = LocalDateTime.of(2099, 1, 1, 10, 0, 0);
        UsageSession earlier = endedWithUnpaid(lateStart, 3);
        UsageSession later = endedWithUnpaid(lateStart, 5);
        UsageSession paid = usageSessionPort().insert(TestUsage.on(fixtures.device()).by(fixtures.user().id())
                .startedAt(lateStart).build());
        usageSessionPort().markEnded(paid.end(lateStart.plusMinutes(9), Money.ofYuan(100), UsageEndReason.USER));

        assertThat(usageSessionPort().countUnpaid()).isEqualTo(before + 2);
        assertThat(usageSessionPort().findUnpaid(0, 2)).containsExactly(later, earlier);
        assertThat(usageSessionPort().findUnpaid(1, 1)).containsExactly(earlier);
        assertThat(later.unpaid()).isEqualTo(Money.ofFen(75 * 5 - 100));
        assertThat(usageSessionPort().findUnpaid(before + 2, 5)).isEmpty();
    }

    /** A session on a machine at 0.75 a minute that ran {@code minutes} on a balance of 1.00. */
    private UsageSession endedWithUnpaid(LocalDateTime start, int minutes) {
        UsageSession started = usageSessionPort().insert(TestUsage.on(device).by(fixtures.user().id()).startedAt(start).build());
        UsageSession ended = started.end(start.plusMinutes(minutes), Money.ofFen(100), UsageEndReason.MACHINE_SILENT);
        assertThat(usageSessionPort().markEnded(ended)).isTrue();
        return ended;
    }
}
