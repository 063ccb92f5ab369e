package com.coinop.application.signin.service;

import java.time.Duration;

/** Settings of the sign-in tests: the limits of the issue (1 a minute, 5 an hour, 10 a day per mobile, 20 an hour per IP). */
final class SignInFixtures {

    static final String SECRET = "0123456789abcdef-test-secret";

    private SignInFixtures() {
    }

    static SmsCodeSettings settings() {
        return new SmsCodeSettings(Duration.ofMinutes(5), Duration.ofMinutes(5), 1, 5, 10, 20, SECRET);
    }
}
