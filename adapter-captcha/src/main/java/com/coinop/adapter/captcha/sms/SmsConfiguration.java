package com.coinop.adapter.captcha.sms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides exactly one {@link com.coinop.application.signin.port.out.SmsSenderPort}, chosen by
 * {@code coinop.sms.provider}: {@code outbox} (also when unset) or {@code aliyun}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
public class SmsConfiguration {

    static final String PROVIDER = "coinop.sms.provider";

    /** Aliyun SMS; its properties are bound, and so required, only here. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = PROVIDER, havingValue = "aliyun")
    @EnableConfigurationProperties(AliyunSmsProperties.class)
    static class Aliyun {

        @Bean
        AliyunSmsSender aliyunSmsSender(AliyunSmsProperties properties) {
            return new AliyunSmsSender(properties);
        }
    }

    /** The in-memory outbox of the local profile. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = PROVIDER, havingValue = "outbox", matchIfMissing = true)
    static class Outbox {

        // declared with its own type so the sandbox endpoint can ask it for the latest code
        @Bean
        LocalOutboxSmsSender localOutboxSmsSender() {
            return new LocalOutboxSmsSender();
        }
    }
}
