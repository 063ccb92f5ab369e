package com.coinop.adapter.captcha.geetest;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Geetest v3 account and endpoint ({@code coinop.geetest.*}); without captcha id and private key the
 * adapter runs in failback mode only.
 *
 * @param captchaId  the public captcha id ("gt") of coinop's Geetest account
 * @param privateKey the account's private key; signs the challenge, never logged
 * @param baseUrl    where register.php and validate.php live
 * @param timeout    upper bound of one whole HTTP exchange with Geetest
 */
@ConfigurationProperties("coinop.geetest")
public record GeetestProperties(
        String captchaId,
        String privateKey,
        @DefaultValue("https://api.geetest.com") URI baseUrl,
        @DefaultValue("2s") Duration timeout) {

    /**
     * The challenge digest: the only one every Geetest account supports (sha256 and hmac-sha256 need an
     * account configured for them), so it is not a setting.
     */
    public static final String DIGESTMOD = "md5";

    public GeetestProperties {
        captchaId = blankToNull(captchaId);
        privateKey = blankToNull(privateKey);
        // half a key pair is a typo in the environment, not a wish for failback: refuse to start
        if (captchaId != null && privateKey == null) {
            throw new IllegalArgumentException("coinop.geetest.private-key is missing while coinop.geetest.captcha-id is set");
        }
        if (captchaId == null && privateKey != null) {
            throw new IllegalArgumentException("coinop.geetest.captcha-id is missing while coinop.geetest.private-key is set");
        }
        if (baseUrl == null) {
            baseUrl = URI.create("https://api.geetest.com");
        }
        if (timeout == null) {
            timeout = Duration.ofSeconds(2);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("coinop.geetest.timeout must be positive");
        }
    }

    /** Whether an account is configured; false means every challenge is a failback one. */
    public boolean configured() {
        return captchaId != null;
    }

    @Override
    public String toString() {
        // the record's generated toString would print the private key into any log or failure report
        return "GeetestProperties[captchaId=" + captchaId + ", privateKey=" + (privateKey == null ? "null" : "***")
                + ", baseUrl=" + baseUrl + ", timeout=" + timeout + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
