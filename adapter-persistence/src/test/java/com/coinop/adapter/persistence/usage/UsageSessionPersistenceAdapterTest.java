package com.coinop.adapter.persistence.usage;

import com.coinop.application.device.port.out.DeviceHeartbeatPort;
import com.coinop.application.usage.port.out.SessionInProgress;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.money.Money;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageState;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link UsageSessionPersistenceAdapter} as the {@link UsageSessionPort}. */
class UsageSessionPersistenceAdapterTest extends UsageSessionPortContract {

    @Autowired
    private UsageSessionPersistenceAdapter adapter;

    @Autowired
    private DeviceHeartbeatPort heartbeatPort;

    @Override
    protected UsageSessionPort usageSessionPort() {
        return adapter;
    }

    @Test
    void the_sessions_in_progress_come_page_by_page_with_their_balances_and_their_machines_last_heartbeats() {
        LocalDateTime start = LocalDateTime.of(2026, 11, 28, 20, 0, 0);
        User quiet = fixtures.userWithBalance(Money.ofFen(300));
        User beating = fixtures.userWithBalance(Money.ofFen(1_250));
        Device neverHeard = fixtures.device();
        Device heard = fixtures.device();
        UsageSession first = fixtures.startedSession(quiet.id(), neverHeard, start);
        UsageSession second = fixtures.startedSession(beating.id(), heard, start);
        heartbeatPort.recordHeartbeat(heard.id(), start.plusSeconds(30));
        fixtures.endedSessionRecord(fixtures.user().id(), fixtures.device(), start, start.plusMinutes(1));

        List<SessionInProgress> all = new ArrayList<>();
        UserId after = null;
        List<SessionInProgress> page;
        do {
            page = adapter.findInProgress(after, 2);
            all.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1).session().userId();
        } while (page.size() == 2);

        assertThat(all).extracting(inProgress -> inProgress.session().userId().value()).isSorted().doesNotHaveDuplicates();
        assertThat(all).contains(new SessionInProgress(first, Money.ofFen(300), Optional.empty()),
                new SessionInProgress(second, Money.ofFen(1_250), Optional.of(start.plusSeconds(30))));
        assertThat(all).allSatisfy(inProgress -> assertThat(inProgress.session().state()).isEqualTo(UsageState.STARTED));
    }
}
