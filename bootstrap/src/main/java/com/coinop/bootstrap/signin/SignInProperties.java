package com.coinop.bootstrap.signin;

import com.coinop.application.signin.service.LoginSettings;
import com.coinop.application.signin.service.SmsCodeSettings;
import com.coinop.application.signin.service.WechatSignInSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code coinop.sign-in.*}: the captcha, SMS code, login and WeChat OAuth rules, turned into the use
 * cases' settings records. {@code code-secret} must be the same on every instance (prod:
 * COINOP_SMS_CODE_SECRET). {@code failback.*} applies while Geetest is down and answers cannot be checked.
 */
@ConfigurationProperties("coinop.sign-in")
record SignInProperties(Duration challengeTtl, Duration codeTtl, int geetestPerSessionPerMinute,
                        int geetestPerIpPerMinute, int perMobilePerMinute, int perMobilePerHour, int perMobilePerDay,
                        int perIpPerHour, int perOpenidPerHour, int perOpenidPerDay, Failback failback,
                        String codeSecret, int maxCodeTries, int failuresPerOpenidPerDay, int failuresPerIpPerDay,
                        Duration oauthStateTtl, Duration oauthCodeTtl, Duration oauthExchangeWait,
                        int anonymousStartsPerIpPerMinute) {

    /** {@code coinop.sign-in.failback.*}: stricter limits, and a budget every instance shares. */
    record Failback(int perIpPerHour, int perOpenidPerDay, int sendsPerMinute) {
    }

    SmsCodeSettings smsCodeSettings() {
        return new SmsCodeSettings(challengeTtl, codeTtl,
                new SmsCodeSettings.CaptchaLimits(geetestPerSessionPerMinute, geetestPerIpPerMinute),
                new SmsCodeSettings.SendLimits(perMobilePerMinute, perMobilePerHour, perMobilePerDay, perIpPerHour,
                        perOpenidPerHour, perOpenidPerDay),
                new SmsCodeSettings.FailbackLimits(failback.perIpPerHour(), failback.perOpenidPerDay(),
                        failback.sendsPerMinute()),
                codeSecret);
    }

    LoginSettings loginSettings() {
        return new LoginSettings(maxCodeTries, failuresPerOpenidPerDay, failuresPerIpPerDay);
    }

    WechatSignInSettings wechatSignInSettings() {
        return new WechatSignInSettings(oauthStateTtl, oauthCodeTtl, oauthExchangeWait, anonymousStartsPerIpPerMinute);
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return smsCodeSettings() + " " + loginSettings() + " " + wechatSignInSettings();
    }
}
