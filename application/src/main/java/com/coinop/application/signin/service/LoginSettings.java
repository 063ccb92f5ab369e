package com.coinop.application.signin.service;

/**
 * The rules of signing in with an SMS code, built by the bootstrap from configuration: wrong tries that
 * use a code up, and the failed logins a WeChat user and an address may have in a day. Failures never
 * count against a mobile: a stranger cannot lock its owner out.
 */
public record LoginSettings(int maxCodeTries, int failuresPerOpenIdPerDay, int failuresPerIpPerDay) {

    public LoginSettings {
        if (maxCodeTries < 1 || failuresPerOpenIdPerDay < 1 || failuresPerIpPerDay < 1) {
            throw new IllegalArgumentException("a code can be tried at least once and a login fail at least once a day");
        }
    }
}
