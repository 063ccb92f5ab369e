package com.coinop.application.signin.port.out;

import com.coinop.domain.user.Mobile;

import java.time.Duration;

/**
 * The sign-in codes waiting to be typed, one per mobile, shared by every instance. The store keeps
 * only a hash of each code (the caller hashes); checking is atomic, so a code can be used once and
 * tried at most a fixed number of times however many instances take guesses.
 */
public interface SmsCodeStorePort {

    /** Keeps {@code codeHash} for {@code mobile} during {@code ttl}, replacing any earlier code and its tries. */
    void save(Mobile mobile, String codeHash, Duration ttl);

    /**
     * Compares {@code codeHash} with the stored one: a match uses the code up; a mismatch counts a
     * try and, at the {@code maxAttempts}-th wrong try, removes the code.
     */
    SmsCodeCheck check(Mobile mobile, String codeHash, int maxAttempts);
}
