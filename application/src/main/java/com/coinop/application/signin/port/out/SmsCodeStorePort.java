package com.coinop.application.signin.port.out;

import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;

import java.time.Duration;

/**
 * The sign-in codes waiting to be typed, shared by every instance: one per mobile and per WeChat user
 * that asked for it. A code belongs to the requester's openid: a login from anyone else finds no code
 * and so can neither use it nor burn its tries. The store keeps only a hash of each code (the caller
 * hashes); checking is atomic, so a code can be used once and tried at most a fixed number of times
 * however many instances take guesses.
 */
public interface SmsCodeStorePort {

    /**
     * Keeps {@code codeHash} for {@code mobile}, asked for by {@code requester}, during {@code ttl},
     * replacing that requester's earlier code for the mobile and its tries.
     */
    void save(Mobile mobile, OpenId requester, String codeHash, Duration ttl);

    /**
     * Compares {@code codeHash} with the code {@code requester} asked for: a match uses the code up; a
     * mismatch counts a try and, at the {@code maxAttempts}-th wrong try, removes the code.
     */
    SmsCodeCheck check(Mobile mobile, OpenId requester, String codeHash, int maxAttempts);
}
