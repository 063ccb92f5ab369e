package com.coinop.bootstrap.signin;

import com.coinop.application.signin.service.LoginSettings;
import com.coinop.application.signin.service.SmsCodeSettings;
import com.coinop.application.signin.service.WechatSignInSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code coinop.sign-in.*}: the captcha, SMS code, login and WeChat OAuth rules, turned into the use
 * cases' settings records. {@code code-secret} must be the same on every instance (prod: COINOP_SMS_CODE_SECRET).
 */
@ConfigurationProperties("coinop.sign-in")
record SignInProperties(Duration challengeTtl, Duration codeTtl, int perMobilePerMinute, int perMobilePerHour,
                        int perMobilePerDay, int perIpPerHour, String codeSecret, int maxCodeTries,
                        int failuresPerMobilePerDay, Duration oauthStateTtl, Duration oauthCodeTtl,
                        Duration oauthExchangeWait) {

    SmsCodeSettings smsCodeSettings() {
        return new SmsCodeSettings(challengeTtl, codeTtl, perMobilePerMinute, perMobilePerHour, perMobilePerDay,
                perIpPerHour, codeSecret);
    }

    LoginSettings loginSettings() {
        return new LoginSettings(maxCodeTries, failuresPerMobilePerDay);
    }

    WechatSignInSettings wechatSignInSettings() {
        return new WechatSignInSettings(oauthStateTtl, oauthCodeTtl, oauthExchangeWait);
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return smsCodeSettings() + " " + loginSettings() + " " + wechatSignInSettings();
    }
}
