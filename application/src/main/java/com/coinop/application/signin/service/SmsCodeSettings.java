package com.coinop.application.signin.service;

import java.time.Duration;

/**
 * The rules of sign-in codes, built by the bootstrap from configuration: how long a captcha
 * challenge and a code live, the send limits, and the secret the codes are hashed with (the same on
 * every instance, so any instance can check a code another one sent).
 */
public record SmsCodeSettings(Duration challengeTtl, Duration codeTtl, int perMobilePerMinute,
                              int perMobilePerHour, int perMobilePerDay, int perIpPerHour, String codeSecret) {

    public SmsCodeSettings {
        if (challengeTtl == null || challengeTtl.toMillis() < 1 || codeTtl == null || codeTtl.toMillis() < 1) {
            throw new IllegalArgumentException("challenges and codes live a positive time");
        }
        if (perMobilePerMinute < 1 || perMobilePerHour < 1 || perMobilePerDay < 1 || perIpPerHour < 1) {
            throw new IllegalArgumentException("every send limit lets at least one code through");
        }
        if (codeSecret == null || codeSecret.length() < 16) {
            throw new IllegalArgumentException("the code secret has at least 16 characters");
        }
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "SmsCodeSettings[challengeTtl=" + challengeTtl + ", codeTtl=" + codeTtl + ", perMobilePerMinute="
                + perMobilePerMinute + ", perMobilePerHour=" + perMobilePerHour + ", perMobilePerDay="
                + perMobilePerDay + ", perIpPerHour=" + perIpPerHour + "]";
    }
}
