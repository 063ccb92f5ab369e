package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.account.port.out.ListUsersPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ListUsersPort} does; users are stored through the fixtures. */
public abstract class ListUsersPortContract extends PersistenceIntegrationTest {

    protected abstract ListUsersPort listUsersPort();

    @Test
    void users_are_counted_and_paged_newest_first_with_their_balances() {
        long before = listUsersPort().countUsers();
        List<User> users = IntStream.rangeClosed(1, 3).mapToObj(n -> fixtures.userWithBalance(Money.ofFen(100L * n)))
                .toList();

        assertThat(listUsersPort().countUsers()).isEqualTo(before + 3);
        List<User> newest = listUsersPort().findUsers(0, 3);
        assertThat(newest).extracting(User::id).containsExactly(users.get(2).id(), users.get(1).id(), users.get(0).id());
        assertThat(newest).extracting(user -> user.account().balance())
                .containsExactly(Money.ofFen(300), Money.ofFen(200), Money.ofFen(100));
        assertThat(listUsersPort().findUsers(1, 1)).extracting(User::id).containsExactly(users.get(1).id());
        assertThat(listUsersPort().findUsers(before + 3, 10)).isEmpty();
    }
}
