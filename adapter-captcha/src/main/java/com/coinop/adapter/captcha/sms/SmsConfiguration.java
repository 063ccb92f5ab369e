package com.coinop.adapter.captcha.sms;

import com.coinop.application.signin.port.out.SmsSenderPort;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Provides the application's {@link SmsSenderPort}, chosen by {@code coinop.sms.provider}. The production
 * jar knows {@code aliyun} only; the local run's outbox ({@code outbox}) is test code that brings its own
 * configuration. A provider nobody answers, or none at all, stops start-up naming the setting.
 */
@Configuration(proxyBeanMethods = false)
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

    /**
     * Checks, once every configuration has registered its beans and before any is made, that one of them
     * answered the provider: without it start-up would fail later, at the first use case that needs a
     * sender, with a message that names neither the setting nor its choices.
     */
    @Bean
    static BeanFactoryPostProcessor smsSenderForTheProvider(Environment environment) {
        return beanFactory -> {
            if (beanFactory.getBeanNamesForType(SmsSenderPort.class, true, false).length > 0) {
                return;
            }
            String provider = environment.getProperty(PROVIDER);
            String reason = provider == null || provider.isBlank()
                    ? "no SMS provider is set; this application sends SMS through Aliyun: set " + PROVIDER + "=aliyun"
                    : "this application sends SMS through Aliyun only: set " + PROVIDER + "=aliyun ('outbox', the local "
                            + "outbox, comes with bin/run-local and the tests, never with the production jar)";
            throw new InvalidConfigurationPropertyValueException(PROVIDER, provider, reason);
        };
    }
}
