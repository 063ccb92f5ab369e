package com.coinop.adapter.wechat.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import com.coinop.adapter.wechat.mp.WechatProperties;

/**
 * Starts the local WeChat sandbox when {@code coinop.wechat.sandbox.enabled=true} (the local profile), and
 * refuses to under {@code prod}; with WeChat Pay when {@code coinop.wechat.sandbox.pay.private-key} is set. Test
 * code: the WeChat adapter's scan finds it only on a test classpath.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("coinop.wechat.sandbox.enabled")
@EnableConfigurationProperties(WechatSandboxProperties.class)
public class WechatSandboxConfiguration {

    @Bean(destroyMethod = "close")
    WechatSandboxServer wechatSandboxServer(WechatSandboxProperties sandbox, WechatProperties wechat, Environment environment,
                                            ObjectProvider<Clock> clock) {
        // a sandbox in production would sign in anyone as anyone; the jar does not carry it, and should this
        // test-jar ever reach a production classpath, no setting may switch it on there
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException(
                    "the WeChat sandbox cannot run under the prod profile: remove coinop.wechat.sandbox.enabled=true");
        }
        String appId = wechat.configured() ? wechat.appId() : sandbox.appId();
        String secret = wechat.configured() ? wechat.secret() : sandbox.secret();
        String payKey = sandbox.pay().privateKey();
        WechatPaySandboxKeys payKeys = payKey == null || payKey.isBlank() ? null : WechatPaySandboxKeys.fromProperties(environment::getProperty);
        try {
            return WechatSandboxServer.start(sandbox.port(), appId, secret, sandbox.jsapiTicket(),
                    // the application's clock when there is one, so a test that moves it ages WeChat's codes too
                    clock.getIfAvailable(Clock::systemUTC), payKeys, sandbox.pay().retrySpeedup());
        } catch (IOException e) {
            throw new UncheckedIOException("the WeChat sandbox could not listen on 127.0.0.1:" + sandbox.port(), e);
        }
    }
}
