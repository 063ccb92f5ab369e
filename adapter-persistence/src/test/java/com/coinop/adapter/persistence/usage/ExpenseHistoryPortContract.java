package com.coinop.adapter.persistence.usage;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.history.port.out.ExpenseHistoryPort;
import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.domain.device.Device;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ExpenseHistoryPort} does: a user's ENDED sessions by end time, newest first. */
public abstract class ExpenseHistoryPortContract extends PersistenceIntegrationTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 1, 0, 0, 0);

    protected abstract ExpenseHistoryPort expenseHistoryPort();

    private UserId user;
    /** The user's ended sessions, newest end time first, then highest id. */
    private List<UsageSession> ended;

    @BeforeEach
    void aUserWithHistory() {
        user = fixtures.user().id();
        UserId other = fixtures.user().id();
        Device device = fixtures.device();
        ended = new ArrayList<>();
        for (int hour = 0; hour < 5; hour++) {
            LocalDateTime end = T0.plusHours(hour);
            ended.add(fixtures.endedSessionRecord(user, device, end.minusMinutes(30 + hour), end));
        }
        // two sessions ending in the same second: the higher id comes first
        ended.add(fixtures.endedSessionRecord(user, device, T0.plusHours(2).minusMinutes(1), T0.plusHours(2)));
        fixtures.endedSessionRecord(other, device, T0, T0.plusHours(1));
        fixtures.startedSession(user, device, T0.plusHours(6));
        ended.sort(Comparator.comparing(UsageSession::endTime).reversed()
                .thenComparing(session -> session.id().value(), Comparator.reverseOrder()));
    }

    @Test
    void all_ended_sessions_of_the_user_newest_first() {
        HistoryWindow all = new HistoryWindow(null, null, 0, 100);

        assertThat(expenseHistoryPort().countEnded(user, all)).isEqualTo(6);
        assertThat(expenseHistoryPort().findEnded(user, all)).containsExactlyElementsOf(ended);
    }

    @Test
    void the_total_without_bounds_is_the_same_as_over_bounds_that_hold_every_session() {
        HistoryWindow unbounded = new HistoryWindow(null, null, 0, 10);
        HistoryWindow everything = new HistoryWindow(T0.minusYears(10), T0.plusYears(10), 0, 10);

        assertThat(expenseHistoryPort().countEnded(user, unbounded))
                .isEqualTo(expenseHistoryPort().countEnded(user, everything))
                .isEqualTo(6);
    }

    @Test
    void a_user_without_sessions_and_an_unknown_user_have_none() {
        HistoryWindow unbounded = new HistoryWindow(null, null, 0, 10);

        assertThat(expenseHistoryPort().countEnded(fixtures.user().id(), unbounded)).isZero();
        assertThat(expenseHistoryPort().countEnded(new UserId(Long.MAX_VALUE), unbounded)).isZero();
    }

    @Test
    void both_bounds_are_inclusive() {
        HistoryWindow window = new HistoryWindow(T0.plusHours(1), T0.plusHours(3), 0, 100);

        assertThat(expenseHistoryPort().findEnded(user, window)).extracting(UsageSession::endTime)
                .containsExactly(T0.plusHours(3), T0.plusHours(2), T0.plusHours(2), T0.plusHours(1));
        assertThat(expenseHistoryPort().countEnded(user, window)).isEqualTo(4);
    }

    @Test
    void a_second_outside_a_bound_is_outside() {
        HistoryWindow window = new HistoryWindow(T0.plusHours(1).plusSeconds(1), T0.plusHours(3).minusSeconds(1), 0, 100);

        assertThat(expenseHistoryPort().findEnded(user, window)).extracting(UsageSession::endTime)
                .containsExactly(T0.plusHours(2), T0.plusHours(2));
        assertThat(expenseHistoryPort().countEnded(user, window)).isEqualTo(2);
    }

    @Test
    void either_bound_alone_filters() {
        HistoryWindow from = new HistoryWindow(T0.plusHours(3), null, 0, 100);
        HistoryWindow to = new HistoryWindow(null, T0.plusHours(1), 0, 100);

        assertThat(expenseHistoryPort().findEnded(user, from)).extracting(UsageSession::endTime)
                .containsExactly(T0.plusHours(4), T0.plusHours(3));
        assertThat(expenseHistoryPort().countEnded(user, from)).isEqualTo(2);
        assertThat(expenseHistoryPort().findEnded(user, to)).extracting(UsageSession::endTime)
                .containsExactly(T0.plusHours(1), T0);
        assertThat(expenseHistoryPort().countEnded(user, to)).isEqualTo(2);
    }

    @Test
    void every_page_read_from_the_nearer_end_is_the_newest_first_page() {
        for (int size = 1; size <= 7; size++) {
            for (int offset = 0; offset < ended.size(); offset++) {
                HistoryWindow page = new HistoryWindow(null, null, offset, size);
                HistoryWindow walk = page.fromNearerEnd(ended.size());

                assertThat(walk.newestFirst(expenseHistoryPort().findEnded(user, walk)))
                        .as("offset %d, size %d, read oldest first: %s", offset, size, walk.oldestFirst())
                        .containsExactlyElementsOf(ended.subList(offset, Math.min(offset + size, ended.size())));
            }
        }
    }

    @Test
    void a_bounded_page_read_from_the_oldest_end_keeps_to_the_bounds() {
        HistoryWindow bounded = new HistoryWindow(T0.plusHours(1), T0.plusHours(3), 2, 2);
        long total = expenseHistoryPort().countEnded(user, bounded);
        HistoryWindow walk = bounded.fromNearerEnd(total);

        assertThat(walk.oldestFirst()).isTrue();
        assertThat(walk.newestFirst(expenseHistoryPort().findEnded(user, walk)))
                .containsExactlyElementsOf(expenseHistoryPort().findEnded(user, bounded));
    }

    @Test
    void pages_cover_the_list_without_overlap() {
        List<UsageSession> pages = new ArrayList<>();
        pages.addAll(expenseHistoryPort().findEnded(user, new HistoryWindow(null, null, 0, 4)));
        pages.addAll(expenseHistoryPort().findEnded(user, new HistoryWindow(null, null, 4, 4)));

        assertThat(pages).containsExactlyElementsOf(ended);
        assertThat(expenseHistoryPort().findEnded(user, new HistoryWindow(null, null, 6, 4))).isEmpty();
    }

    @Test
    void a_user_without_expenses_has_none() {
        UserId nobody = fixtures.user().id();
        HistoryWindow all = new HistoryWindow(null, null, 0, 10);

        assertThat(expenseHistoryPort().countEnded(nobody, all)).isZero();
        assertThat(expenseHistoryPort().findEnded(nobody, all)).isEmpty();
    }
}
