package com.coinop.application.signin.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Remembers, for a short time and for every instance, whether the captcha service was up when a
 * challenge was registered, and hands that out once: a challenge can be answered at most once.
 */
public interface CaptchaChallengeStorePort {

    /** Keeps {@code serverUp} for {@code challenge} during {@code ttl}. */
    void remember(String challenge, boolean serverUp, Duration ttl);

    /**
     * Takes what was remembered for {@code challenge} and forgets it, atomically: of several
     * concurrent takes on any instances, exactly one gets it.
     *
     * @return whether the service was up at registration; empty when the challenge is unknown,
     * expired, already taken or not a challenge at all
     */
    Optional<Boolean> take(String challenge);
}
