package com.coinop.application.signin.service;

import com.coinop.application.shared.port.in.ClientAddress;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.domain.user.OpenId;

import java.time.Duration;

/**
 * Settings of the sign-in tests, the defaults of application.yml: captchas 10 a minute per session and
 * 60 per address; codes 1 a minute, 5 an hour, 10 a day per mobile, 20 an hour per address, 5 an hour
 * and 10 a day per WeChat user; in failback 5 an hour per address, 3 a day per WeChat user and 30 a
 * minute for everyone.
 */
final class SignInFixtures {

    static final String SECRET = "0123456789abcdef-test-secret";
    static final ClientAddress ADDRESS = ClientAddress.parse("203.0.113.7");
    static final OpenId OPENID = new OpenId("o-wechat-user-1");

    private SignInFixtures() {
    }

    static SmsCodeSettings settings() {
        return new SmsCodeSettings(Duration.ofMinutes(5), Duration.ofMinutes(5),
                new SmsCodeSettings.CaptchaLimits(10, 60),
                new SmsCodeSettings.SendLimits(1, 5, 10, 20, 5, 10),
                new SmsCodeSettings.FailbackLimits(5, 3, 30),
                SECRET);
    }

    /** A browser session that went through WeChat OAuth as {@code openId}. */
    static Session wechatSession(OpenId openId) {
        return new Session(SessionId.random(), openId, null);
    }
}
