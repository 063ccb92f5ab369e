package com.coinop.application.signin.port.out;

import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;

import java.util.Optional;

/**
 * The server-side session store shared by every instance. A session ends when it is idle longer
 * than the idle limit or older than the absolute limit, whichever comes first.
 */
public interface SessionStorePort {

    /** Starts a session with a new random id. {@code openId} and {@code userId} may be null. */
    Session create(OpenId openId, UserId userId);

    /** The live session with that id, its idle time reset; empty when it never existed or has ended. */
    Optional<Session> find(SessionId id);

    /** Stores {@code session}'s openid, user and profile under a new random id and ends its old id (after sign-in). */
    Session rotate(Session session);

    /** Ends the session at once. */
    void delete(SessionId id);
}
