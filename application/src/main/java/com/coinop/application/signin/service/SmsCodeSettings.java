package com.coinop.application.signin.service;

import java.time.Duration;

/**
 * The rules of captchas and sign-in codes, built by the bootstrap from configuration: how long a captcha
 * challenge and a code live, how often a session and an address may start a captcha, the send limits
 * (stricter while the captcha service is down and answers cannot be checked, with a budget for all
 * instances together), and the secret the codes are hashed with (the same on every instance, so any
 * instance can check a code another one sent).
 */
public record SmsCodeSettings(Duration challengeTtl, Duration codeTtl, CaptchaLimits captcha, SendLimits send,
                              FailbackLimits failback, String codeSecret) {

    public SmsCodeSettings {
        if (challengeTtl == null || challengeTtl.toMillis() < 1 || codeTtl == null || codeTtl.toMillis() < 1) {
            throw new IllegalArgumentException("challenges and codes live a positive time");
        }
        if (captcha == null || send == null || failback == null) {
            throw new IllegalArgumentException("every limit is set");
        }
        if (codeSecret == null || codeSecret.length() < 16) {
            throw new IllegalArgumentException("the code secret has at least 16 characters");
        }
    }

    /** How many captchas a session, and an address, may start in a minute. */
    public record CaptchaLimits(int perSessionPerMinute, int perIpPerMinute) {
        public CaptchaLimits {
            requireAtLeastOne(perSessionPerMinute, perIpPerMinute);
        }
    }

    /** How many codes may be sent to a mobile, from an address, and for a WeChat user. */
    public record SendLimits(int perMobilePerMinute, int perMobilePerHour, int perMobilePerDay, int perIpPerHour,
                             int perOpenIdPerHour, int perOpenIdPerDay) {
        public SendLimits {
            requireAtLeastOne(perMobilePerMinute, perMobilePerHour, perMobilePerDay, perIpPerHour, perOpenIdPerHour,
                    perOpenIdPerDay);
        }
    }

    /**
     * While the captcha service is down: stricter limits per address and per WeChat user, and at most
     * {@code sendsPerMinute} codes a minute from every instance together.
     */
    public record FailbackLimits(int perIpPerHour, int perOpenIdPerDay, int sendsPerMinute) {
        public FailbackLimits {
            requireAtLeastOne(perIpPerHour, perOpenIdPerDay, sendsPerMinute);
        }
    }

    private static void requireAtLeastOne(int... limits) {
        for (int limit : limits) {
            if (limit < 1) {
                throw new IllegalArgumentException("every limit lets at least one through");
            }
        }
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "SmsCodeSettings[challengeTtl=" + challengeTtl + ", codeTtl=" + codeTtl + ", captcha=" + captcha
                + ", send=" + send + ", failback=" + failback + "]";
    }
}
