package com.coinop.application.signin.port.out;

import java.time.Duration;
import java.util.Optional;

/** Keeps the OAuth states of round trips under way, shared by every instance (a callback may land on any). */
public interface OAuthStateStorePort {

    /** Keeps {@code state} for {@code ttl}, replacing what was kept under its value. */
    void save(OAuthState state, Duration ttl);

    /**
     * Replaces the kept state of the same value (the browser's session moved), keeping its expiry: a
     * callback replayed by the same browser must not make its round trip live longer. Nothing happens
     * when the state has expired meanwhile.
     */
    void update(OAuthState state);

    /** The state kept under {@code value}; empty when unknown or expired. */
    Optional<OAuthState> find(String value);
}
