package com.coinop.application.signin.service;

import java.time.Duration;

/**
 * Settings of the WeChat OAuth round trip.
 *
 * @param stateTtl   how long a started round trip may take to come back
 * @param codeTtl    how long an exchanged code is remembered (WeChat's codes live five minutes)
 * @param exchangeWait how long a callback waits for another one exchanging the same code
 */
public record WechatSignInSettings(Duration stateTtl, Duration codeTtl, Duration exchangeWait) {

    public WechatSignInSettings {
        requirePositive(stateTtl, "stateTtl");
        requirePositive(codeTtl, "codeTtl");
        requirePositive(exchangeWait, "exchangeWait");
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
