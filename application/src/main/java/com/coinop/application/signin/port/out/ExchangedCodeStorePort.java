package com.coinop.application.signin.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Remembers for a short time what each WeChat OAuth code was exchanged for, for every instance, so a
 * code that comes back (a reloaded callback, WeChat's browser loading it twice) is answered without
 * WeChat, which accepts a code once.
 */
public interface ExchangedCodeStorePort {

    /** Keeps what {@code code} was exchanged for during {@code ttl}. */
    void save(OAuthCode code, ExchangedCode exchanged, Duration ttl);

    /** What {@code code} was exchanged for; empty when never or too long ago. */
    Optional<ExchangedCode> find(OAuthCode code);
}
