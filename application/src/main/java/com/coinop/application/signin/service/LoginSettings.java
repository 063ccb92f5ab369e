package com.coinop.application.signin.service;

/**
 * The rules of signing in with an SMS code, built by the bootstrap from configuration: wrong tries
 * that use a code up, and failures a mobile may have in a day before it is refused until tomorrow.
 */
public record LoginSettings(int maxCodeTries, int failuresPerMobilePerDay) {

    public LoginSettings {
        if (maxCodeTries < 1 || failuresPerMobilePerDay < 1) {
            throw new IllegalArgumentException("a code can be tried at least once and a mobile fail at least once a day");
        }
    }
}
