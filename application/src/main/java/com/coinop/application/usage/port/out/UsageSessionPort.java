package com.coinop.application.usage.port.out;

import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.user.UserId;

import java.util.Optional;

/** Stores usage sessions; at most one STARTED session per user and per machine. */
public interface UsageSessionPort {

    /** Stores a started session and returns it with its id. */
    UsageSession insert(UsageSession started);

    Optional<UsageSession> findById(UsageSessionId id);

    /** The user's STARTED session, if any (there is at most one). */
    Optional<UsageSession> findActiveByUser(UserId userId);

    /**
     * Stores {@code ended} only if the stored session is still STARTED.
     *
     * @return whether this call ended the session (false: it was already ended)
     */
    boolean markEnded(UsageSession ended);
}
