package com.coinop.application.usage.port.out;

import com.coinop.domain.money.Money;
import com.coinop.domain.usage.UsageSession;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A session in progress as the job that ends overdue sessions looks at it, read with it in one statement:
 * its user's balance and its machine's last heartbeat (empty when the machine never sent one). Both may be
 * a moment old: the job checks again under the user's row lock before it ends anything.
 */
public record SessionInProgress(UsageSession session, Money balance, Optional<LocalDateTime> lastHeartbeat) {

    public SessionInProgress {
        if (session == null || balance == null || lastHeartbeat == null) {
            throw new IllegalArgumentException("a session in progress comes with its balance and maybe a heartbeat");
        }
    }
}
