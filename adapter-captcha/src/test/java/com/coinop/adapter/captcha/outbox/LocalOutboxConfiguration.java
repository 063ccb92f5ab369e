package com.coinop.adapter.captcha.outbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The local outbox as the application's SMS sender when {@code coinop.sms.provider=outbox} (the local
 * profile). Test code: the captcha adapter's scan finds it only on a test classpath (the tests and
 * bin/run-local), so the production jar knows no provider but {@code aliyun}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "coinop.sms.provider", havingValue = "outbox")
public class LocalOutboxConfiguration {

    // declared with its own type so the local run's /sandbox/sms can ask it for the latest code
    @Bean
    LocalOutboxSmsSender localOutboxSmsSender(Environment environment) {
        // printed codes would let anyone sign in as anyone: should this test-jar ever reach a production
        // classpath, no setting may switch the outbox on there
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("the SMS outbox cannot run under the prod profile: set coinop.sms.provider=aliyun");
        }
        return new LocalOutboxSmsSender();
    }
}
