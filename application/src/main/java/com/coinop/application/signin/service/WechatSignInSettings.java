package com.coinop.application.signin.service;

import java.time.Duration;

/**
 * Settings of the WeChat OAuth round trip.
 *
 * @param stateTtl   how long a started round trip may take to come back
 * @param codeTtl    how long an exchanged code is remembered (WeChat's codes live five minutes)
 * @param exchangeWait how long a callback waits for another one exchanging the same code
 * @param anonymousStartsPerIpPerMinute how many round trips browsers without a session may start from one
 *                   address in a minute (each makes a session and a state in Redis); generous, for shared NATs
 */
public record WechatSignInSettings(Duration stateTtl, Duration codeTtl, Duration exchangeWait,
                                   int anonymousStartsPerIpPerMinute) {

    public WechatSignInSettings {
        requirePositive(stateTtl, "stateTtl");
        requirePositive(codeTtl, "codeTtl");
        requirePositive(exchangeWait, "exchangeWait");
        if (anonymousStartsPerIpPerMinute < 1) {
            throw new IllegalArgumentException("anonymousStartsPerIpPerMinute must be positive");
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
