package com.coinop.adapter.persistence.recharge;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.application.history.port.out.RechargeHistoryPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link RechargeHistoryPort} does: a user's PAID orders by pay time, newest first. */
public abstract class RechargeHistoryPortContract extends PersistenceIntegrationTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 1, 0, 0, 0);

    protected abstract RechargeHistoryPort rechargeHistoryPort();

    private UserId user;
    /** The user's paid orders, newest pay time first, then highest id. */
    private List<RechargeOrder> paid;

    @BeforeEach
    void aUserWithHistory() {
        user = fixtures.user().id();
        User other = fixtures.user();
        paid = new ArrayList<>();
        for (int hour = 0; hour < 5; hour++) {
            paid.add(fixtures.paidOrderRecord(user, Money.ofFen(100 + hour), T0.plusHours(hour)));
        }
        // two orders paid in the same second: the higher id comes first
        paid.add(fixtures.paidOrderRecord(user, Money.ofFen(200), T0.plusHours(2)));
        fixtures.createdOrder(user, Money.ofFen(300));
        fixtures.closedOrder(user, Money.ofFen(500));
        fixtures.paidOrderRecord(other.id(), Money.ofFen(400), T0.plusHours(1));
        paid.sort(Comparator.comparing(RechargeOrder::payTime).reversed()
                .thenComparing(order -> order.id().value(), Comparator.reverseOrder()));
    }

    @Test
    void all_paid_orders_of_the_user_newest_first() {
        HistoryWindow all = new HistoryWindow(null, null, 0, 100);

        assertThat(rechargeHistoryPort().countPaid(user, all)).isEqualTo(6);
        assertThat(rechargeHistoryPort().findPaid(user, all)).containsExactlyElementsOf(paid);
    }

    @Test
    void the_total_without_bounds_is_the_same_as_over_bounds_that_hold_every_payment() {
        HistoryWindow unbounded = new HistoryWindow(null, null, 0, 10);
        HistoryWindow everything = new HistoryWindow(T0.minusYears(10), T0.plusYears(10), 0, 10);

        assertThat(rechargeHistoryPort().countPaid(user, unbounded))
                .isEqualTo(rechargeHistoryPort().countPaid(user, everything))
                .isEqualTo(6);
    }

    @Test
    void a_user_without_payments_and_an_unknown_user_have_none() {
        HistoryWindow unbounded = new HistoryWindow(null, null, 0, 10);

        assertThat(rechargeHistoryPort().countPaid(fixtures.user().id(), unbounded)).isZero();
        assertThat(rechargeHistoryPort().countPaid(new UserId(Long.MAX_VALUE), unbounded)).isZero();
    }

    @Test
    void both_bounds_are_inclusive() {
        HistoryWindow window = new HistoryWindow(T0.plusHours(1), T0.plusHours(3), 0, 100);

        List<RechargeOrder> found = rechargeHistoryPort().findPaid(user, window);

        assertThat(found).extracting(RechargeOrder::payTime)
                .containsExactly(T0.plusHours(3), T0.plusHours(2), T0.plusHours(2), T0.plusHours(1));
        assertThat(rechargeHistoryPort().countPaid(user, window)).isEqualTo(4);
    }

    @Test
    void a_second_outside_a_bound_is_outside() {
        HistoryWindow window = new HistoryWindow(T0.plusHours(1).plusSeconds(1), T0.plusHours(3).minusSeconds(1), 0, 100);

        assertThat(rechargeHistoryPort().findPaid(user, window)).extracting(RechargeOrder::payTime)
                .containsExactly(T0.plusHours(2), T0.plusHours(2));
        assertThat(rechargeHistoryPort().countPaid(user, window)).isEqualTo(2);
    }

    @Test
    void either_bound_alone_filters() {
        HistoryWindow from = new HistoryWindow(T0.plusHours(3), null, 0, 100);
        HistoryWindow to = new HistoryWindow(null, T0.plusHours(1), 0, 100);

        assertThat(rechargeHistoryPort().findPaid(user, from)).extracting(RechargeOrder::payTime)
                .containsExactly(T0.plusHours(4), T0.plusHours(3));
        assertThat(rechargeHistoryPort().countPaid(user, from)).isEqualTo(2);
        assertThat(rechargeHistoryPort().findPaid(user, to)).extracting(RechargeOrder::payTime)
                .containsExactly(T0.plusHours(1), T0);
        assertThat(rechargeHistoryPort().countPaid(user, to)).isEqualTo(2);
    }

    @Test
    void every_page_read_from_the_nearer_end_is_the_newest_first_page() {
        for (int size = 1; size <= 7; size++) {
            for (int offset = 0; offset < paid.size(); offset++) {
                HistoryWindow page = new HistoryWindow(null, null, offset, size);
                HistoryWindow walk = page.fromNearerEnd(paid.size());

                assertThat(walk.newestFirst(rechargeHistoryPort().findPaid(user, walk)))
                        .as("offset %d, size %d, read oldest first: %s", offset, size, walk.oldestFirst())
                        .containsExactlyElementsOf(paid.subList(offset, Math.min(offset + size, paid.size())));
            }
        }
    }

    @Test
    void a_bounded_page_read_from_the_oldest_end_keeps_to_the_bounds() {
        HistoryWindow bounded = new HistoryWindow(T0.plusHours(1), T0.plusHours(3), 2, 2);
        long total = rechargeHistoryPort().countPaid(user, bounded);
        HistoryWindow walk = bounded.fromNearerEnd(total);

        assertThat(walk.oldestFirst()).isTrue();
        assertThat(walk.newestFirst(rechargeHistoryPort().findPaid(user, walk)))
                .containsExactlyElementsOf(rechargeHistoryPort().findPaid(user, bounded));
    }

    @Test
    void pages_cover_the_list_without_overlap() {
        List<RechargeOrder> pages = new ArrayList<>();
        pages.addAll(rechargeHistoryPort().findPaid(user, new HistoryWindow(null, null, 0, 4)));
        pages.addAll(rechargeHistoryPort().findPaid(user, new HistoryWindow(null, null, 4, 4)));

        assertThat(pages).containsExactlyElementsOf(paid);
        assertThat(rechargeHistoryPort().findPaid(user, new HistoryWindow(null, null, 6, 4))).isEmpty();
    }

    @Test
    void a_user_without_recharges_has_none() {
        UserId nobody = fixtures.user().id();
        HistoryWindow all = new HistoryWindow(null, null, 0, 10);

        assertThat(rechargeHistoryPort().countPaid(nobody, all)).isZero();
        assertThat(rechargeHistoryPort().findPaid(nobody, all)).isEmpty();
    }
}
