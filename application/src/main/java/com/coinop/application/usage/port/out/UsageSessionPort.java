package com.coinop.application.usage.port.out;

import com.coinop.domain.device.DeviceId;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.user.UserId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores usage sessions; at most one STARTED session per user and per machine. */
public interface UsageSessionPort {

    /** Stores a started session and returns it with its id. */
    UsageSession insert(UsageSession started);

    Optional<UsageSession> findById(UsageSessionId id);

    /** The user's STARTED session, if any (there is at most one). */
    Optional<UsageSession> findActiveByUser(UserId userId);

    /** The STARTED session on the machine, if any (there is at most one). */
    Optional<UsageSession> findActiveByDevice(DeviceId deviceId);

    /**
     * Up to {@code limit} STARTED sessions in the order of their users' ids, of users after {@code after}
     * (null: from the first), each with its user's balance and its machine's last heartbeat: a round over
     * every session in progress, page by page, one statement a page.
     */
    List<SessionInProgress> findInProgress(UserId after, int limit);

    /** The STARTED sessions on any of {@code devices} (at most one each), in no particular order. */
    List<UsageSession> findActiveOnDevices(Collection<DeviceId> devices);

    /** How many ended sessions have an unpaid part. */
    long countUnpaid();

    /**
     * Up to {@code limit} ended sessions with an unpaid part, the latest end first (then the highest id),
     * after the first {@code offset}.
     */
    List<UsageSession> findUnpaid(long offset, int limit);

    /**
     * Stores {@code ended} only if the stored session is still STARTED.
     *
     * @return whether this call ended the session (false: it was already ended)
     */
    boolean markEnded(UsageSession ended);
}
